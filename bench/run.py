"""Compiler benchmark: the shared kernels under CPython, Numba, mojito and (when on PATH) Modular's mojo,
measured side by side in one run, printed as one table with ratios.

    .venv/bin/python bench/run.py              # full sizes (mandelbrot 512x512x200, matmul 256, fib 30, n-body 100k)
    .venv/bin/python bench/run.py --quick      # small sizes, for a smoke test
    .venv/bin/python bench/run.py --no-python  # skip CPython (slowest by far)

Kernels come from ../shared/bench-reference (bench.mojo for mojito and mojo, kernels.py for CPython and Numba).
Run time is the best of REPS runs inside each program; compile time is measured separately.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REF = Path(os.environ.get("MOJITO_SHARED_DIR", REPO.parent / "shared")) / "bench-reference"
KERNELS = ["mandelbrot", "matmul", "fib", "nbody"]
FULL = dict(w=512, h=512, maxit=200, n=256, fib=30, steps=100000)
QUICK = dict(w=128, h=128, maxit=100, n=96, fib=24, steps=10000)


def parse_rows(text: str) -> dict[str, tuple[str, float]]:
    rows = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[0] in KERNELS:
            rows[parts[0]] = (parts[1], float(parts[2]))
    return rows


def run_python(numba: bool, sizes: dict, reps: int) -> dict[str, tuple[str, float]]:
    """kernels.py under CPython or Numba, at our sizes (run_py.py hard-codes the full ones)."""
    code = f"""
import os, sys, time
sys.path.insert(0, {str(REF)!r})
import kernels
calls = [("mandelbrot", kernels.mandel, ({sizes['w']}, {sizes['h']}, {sizes['maxit']})),
         ("matmul", kernels.matmul, ({sizes['n']},)), ("fib", kernels.fib, ({sizes['fib']},)),
         ("nbody", kernels.nbody, ({sizes['steps']},))]
for name, f, args in calls:
    t = time.perf_counter(); r = f(*args); first = time.perf_counter() - t
    best = first
    for _ in range({reps - 1 if numba else 0}):
        t = time.perf_counter(); r = f(*args); best = min(best, time.perf_counter() - t)
    if isinstance(r, tuple): r = " ".join(repr(v) for v in r)
    print(f"{{name}}\\t{{r}}\\t{{best:.6f}}\\t{{max(0.0, first - best):.4f}}", flush=True)
"""
    env = dict(os.environ, USE_NUMBA="1" if numba else "0")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    rows = parse_rows(out)
    compile_s = {line.split("\t")[0]: float(line.split("\t")[3]) for line in out.splitlines() if line.count("\t") == 3}
    return {k: (v[0], v[1], compile_s.get(k, 0.0)) for k, v in rows.items()}  # type: ignore[misc]


def argv_for(sizes: dict, reps: int) -> list[str]:
    return [str(sizes[k]) for k in ("w", "h", "maxit", "n", "fib", "steps")] + [str(reps)]


def run_mojito(sizes: dict, reps: int, tmp: Path) -> tuple[dict, float, float]:
    """Build bench.mojo with mojito (cold cache), run the executable; returns rows, build s, JIT run check."""
    env = dict(os.environ, MOJITO_CACHE_DIR=str(tmp / "cache"))
    exe = tmp / "bench_mojito"
    t = time.perf_counter()
    subprocess.run([str(REPO / ".venv/bin/mojito"), "build", str(REF / "bench.mojo"), "-o", str(exe)],
                   check=True, env=env)
    build_s = time.perf_counter() - t
    out = subprocess.run([str(exe), *argv_for(sizes, reps)], capture_output=True, text=True, check=True).stdout
    return parse_rows(out), build_s, 0.0


def run_mojo(sizes: dict, reps: int, tmp: Path) -> tuple[dict, float] | None:
    mojo = shutil.which("mojo")
    if mojo is None:
        return None
    exe = tmp / "bench_mojo"
    t = time.perf_counter()
    subprocess.run([mojo, "build", str(REF / "bench.mojo"), "-o", str(exe)], check=True, capture_output=True)
    build_s = time.perf_counter() - t
    out = subprocess.run([str(exe), *argv_for(sizes, reps)], capture_output=True, text=True, check=True).stdout
    return parse_rows(out), build_s


MANDEL_PROGRAM = '''
def mandel(w: Int, h: Int, maxit: Int) -> Int:
    var total = 0
    for y in range(h):
        var ci = 2.0 * Float64(y) / Float64(h) - 1.0
        for x in range(w):
            var cr = 3.0 * Float64(x) / Float64(w) - 2.0
            var zr = 0.0
            var zi = 0.0
            var n = 0
            while n < maxit:
                var zr2 = zr * zr
                var zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n += 1
            total += n
    return total


def main():
    print(mandel(64, 64, 50))
'''


def compile_latency(tmp: Path) -> dict[str, float]:
    """Compile the mandelbrot program in this (warm) process: cold (not cached) and from the cache."""
    os.environ["MOJITO_CACHE_DIR"] = str(tmp / "latency-cache")
    sys.path.insert(0, str(REPO))
    from mojito.compiler import driver

    driver.compile_source("def main():\n    print(1)\n", "warmup.mojo")  # imports, LLVM, stdlib object
    cold = []
    for i in range(5):
        src = MANDEL_PROGRAM + f"\n# variant {i}\n"
        t = time.perf_counter()
        driver.compile_source(src, "mandel.mojo")
        cold.append(time.perf_counter() - t)
    cached = []
    for _ in range(5):
        t = time.perf_counter()
        driver.compile_source(MANDEL_PROGRAM + "\n# variant 0\n", "mandel.mojo")
        cached.append(time.perf_counter() - t)
    hello = REPO / "examples" / "hello.mojo"
    env = dict(os.environ)
    subprocess.run([str(REPO / ".venv/bin/mojito"), "run", str(hello)], capture_output=True, env=env, check=True)
    walls = []
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run([str(REPO / ".venv/bin/mojito"), "run", str(hello)], capture_output=True, env=env, check=True)
        walls.append(time.perf_counter() - t)
    return {"cold": min(cold), "cached": min(cached), "hello_wall": min(walls)}


# Issue 8's leak loop: a small String and a 10-element List per iteration. Memory must stay flat.
LEAK_PROGRAM = '''
from std.sys import argv


def main() raises:
    var n = atol(argv()[1])
    var total = 0
    for i in range(n):
        var s = String("item-") + String(i)
        var l = List[Int]()
        for j in range(10):
            l.append(i + j)
        total += s.byte_length() + len(l)
    print(total)
'''


def _peak_run(cmd: list[str]) -> tuple[float, float, str]:
    """(peak RSS in MiB, seconds, stdout) of one program, measured by GNU time: a child of this big
    Python process would inherit its peak RSS through fork, so rusage here would lie."""
    t = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - t
    return int(proc.stderr.strip().splitlines()[-1]) / 1024, seconds, proc.stdout.strip()


def memory_table(tmp: Path, quick: bool) -> list[list[str]]:
    src = tmp / "leak_loop.mojo"
    src.write_text(LEAK_PROGRAM)
    sizes = (200_000, 2_000_000) if quick else (2_000_000, 20_000_000)
    builds = [("mojito", [str(REPO / ".venv/bin/mojito"), "build", str(src), "-o", str(tmp / "leak_mojito")],
               tmp / "leak_mojito")]
    if shutil.which("mojo"):
        builds.append(("mojo", ["mojo", "build", str(src), "-o", str(tmp / "leak_mojo")], tmp / "leak_mojo"))
    rows = []
    for name, cmd, exe in builds:
        subprocess.run(cmd, check=True, capture_output=True)
        small = _peak_run([str(exe), str(sizes[0])])
        big = _peak_run([str(exe), str(sizes[1])])
        rows.append([name, f"{small[0]:.1f}", f"{big[0]:.1f}", f"{big[0] / small[0]:.2f}x", f"{big[1]:.3f}", big[2]])
    return [["program", f"peak MiB @{sizes[0]:,}", f"peak MiB @{sizes[1]:,}", "growth", "seconds (big)",
             "result"]] + rows


COLLECTIONS = REPO / "bench" / "programs" / "collections.mojo"


def collections_table(tmp: Path, quick: bool, reps: int) -> list[list[str]]:
    """String and collection workloads, mojito and mojo builds side by side."""
    sizes = ["20000", "100000", "100000", "100000"] if quick else ["200000", "1000000", "1000000", "1000000"]
    runs = {}
    for name, cmd in (("mojito", [str(REPO / ".venv/bin/mojito"), "build"]), ("mojo", ["mojo", "build"])):
        if name == "mojo" and not shutil.which("mojo"):
            continue
        exe = tmp / f"collections_{name}"
        subprocess.run([*cmd, str(COLLECTIONS), "-o", str(exe)], check=True, capture_output=True)
        out = subprocess.run([str(exe), *sizes, str(reps)], capture_output=True, text=True, check=True).stdout
        runs[name] = {line.split("\t")[0]: (line.split("\t")[1], float(line.split("\t")[2]))
                      for line in out.splitlines() if line.count("\t") == 2}
    rows = [["workload", "mojito s", "mojo s", "mojito/mojo", "result = mojo"]]
    for work, (result, secs) in runs["mojito"].items():
        other = runs.get("mojo", {}).get(work)
        rows.append([work, fmt(secs), fmt(other[1] if other else None), ratio(secs, other[1] if other else None),
                     "-" if other is None else ("yes" if other[0] == result else f"no ({other[0]})")])
    return rows


PY_INTEROP = REPO / "bench" / "programs" / "python_interop.mojo"
PY_LOOPS = """
import sys, time
n, reps = int(sys.argv[1]), int(sys.argv[2])
def method_call():
    x, total = 12345, 0
    for _ in range(n):
        total += int(x.bit_length())
    return total
def attribute_get():
    x, last = 12345, 0
    for _ in range(n):
        last = x.real
    return last
for f in (method_call, attribute_get):
    best = 1e30
    for _ in range(reps):
        t = time.perf_counter(); r = f(); best = min(best, time.perf_counter() - t)
    print(f"{f.__name__}\t{r}\t{best}")
"""


def python_interop_table(tmp: Path, quick: bool, reps: int) -> list[list[str]]:
    """Mojo -> Python calls (mojito run, mojo run) against the same loop in CPython; a numpy array
    filled from a Mojo loop through its pointer against the same loop into a List."""
    n, side = ("100000", "256") if quick else ("1000000", "1024")
    runs = {}
    for name, cmd in (("mojito", [str(REPO / ".venv/bin/mojito"), "run"]), ("mojo", ["mojo", "run"])):
        if name == "mojo" and not shutil.which("mojo"):
            continue
        out = subprocess.run([*cmd, str(PY_INTEROP), n, side, str(reps)], capture_output=True, text=True,
                             check=True).stdout
        runs[name] = {line.split("\t")[0]: float(line.split("\t")[2]) for line in out.splitlines()
                      if line.count("\t") == 2}
    out = subprocess.run([sys.executable, "-c", PY_LOOPS, n, str(reps)], capture_output=True, text=True,
                         check=True).stdout
    runs["CPython"] = {line.split("\t")[0]: float(line.split("\t")[2]) for line in out.splitlines()}
    rows = [["workload", "mojito s", "mojo s", "CPython s", "mojito/CPython", "mojito/mojo"]]
    for work, secs in runs["mojito"].items():
        other, py = runs.get("mojo", {}).get(work), runs["CPython"].get(work)
        rows.append([work, fmt(secs), fmt(other), fmt(py), ratio(secs, py), ratio(secs, other)])
    m = runs["mojito"]
    rows.append(["fill_numpy / fill_list", "", "", "", "", ratio(m["fill_numpy"], m["fill_list"]) + " (mojito)"])
    return rows


def print_table(rows: list[list[str]]) -> None:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)))


def fmt(x: float | None) -> str:
    return "-" if x is None else (f"{x:.4f}" if x < 10 else f"{x:.1f}")


def ratio(a: float | None, b: float | None) -> str:
    return "-" if a is None or b is None or b == 0 else f"{a / b:.2f}x"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small problem sizes")
    ap.add_argument("--no-python", action="store_true", help="skip CPython")
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    if not (REF / "bench.mojo").is_file():
        print(f"bench-reference not found at {REF} (set MOJITO_SHARED_DIR)", file=sys.stderr)
        return 2
    sizes = QUICK if args.quick else FULL
    with tempfile.TemporaryDirectory(prefix="mojito-bench-") as tmpdir:
        tmp = Path(tmpdir)
        print(f"# {time.strftime('%Y-%m-%d')} on {platform.node()}: {platform.processor() or platform.machine()}, "
              f"{os.cpu_count()} cores, Python {platform.python_version()}")
        print(f"# sizes: {sizes}, best of {args.reps}", flush=True)
        mj, mj_build, _ = run_mojito(sizes, args.reps, tmp)
        nb = run_python(True, sizes, args.reps)
        py = None if args.no_python else run_python(False, sizes, 1)
        mo = run_mojo(sizes, args.reps, tmp)
        lat = compile_latency(tmp)
        mem = memory_table(tmp, args.quick) if os.path.exists("/usr/bin/time") else [["(needs /usr/bin/time)"]]
        coll = collections_table(tmp, args.quick, args.reps)
        pyi = python_interop_table(tmp, args.quick, args.reps)
    head = ["kernel", "CPython s", "Numba s", "mojito s", "mojo s", "CPython/mojito", "mojito/Numba", "mojito/mojo",
            "result = mojo", "result = CPython"]
    rows = []
    for k in KERNELS:
        m = mj.get(k)
        p = py.get(k) if py else None
        n = nb.get(k)
        o = mo[0].get(k) if mo else None
        # Mojo (and mojito, by default) fuse multiply-add, so float results may differ from CPython's
        # in the last digits; they must equal mojo's.
        same_py = "-" if p is None else ("yes" if p[0] == m[0] else f"no ({p[0]})")
        same_mojo = "-" if o is None else ("yes" if o[0] == m[0] else f"no ({o[0]})")
        rows.append([k, fmt(p[1] if p else None), fmt(n[1] if n else None), fmt(m[1] if m else None),
                     fmt(o[1] if o else None), ratio(p[1] if p else None, m[1] if m else None),
                     ratio(m[1] if m else None, n[1] if n else None),
                     ratio(m[1] if m else None, o[1] if o else None), same_mojo, same_py])
    print_table([head] + rows)
    numba_compile = sum(v[2] for v in nb.values()) if nb else None
    print()
    print(f"compile: mojito build of bench.mojo (cold cache, new process) {mj_build:.3f} s; "
          f"Numba first-call compile (all kernels) {fmt(numba_compile)} s; "
          f"mojo build {fmt(mo[1]) if mo else '-'} s")
    print(f"compile latency (warm process): mandelbrot cold {lat['cold'] * 1000:.1f} ms, from cache "
          f"{lat['cached'] * 1000:.1f} ms; `mojito run hello.mojo` from cache {lat['hello_wall']:.3f} s wall")
    print()
    print("memory: a String and a 10-element List per iteration (built executables; flat = growth under 1.2x)")
    print_table(mem)
    print()
    print("strings and collections (bench/programs/collections.mojo, best of reps)")
    print_table(coll)
    print()
    print(f"Python from Mojo (bench/programs/python_interop.mojo, best of reps; {'100k' if args.quick else '1M'} "
          "calls, fills of a square array)")
    print_table(pyi)
    return 0


if __name__ == "__main__":
    sys.exit(main())
