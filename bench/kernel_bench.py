"""Mojo kernel benchmark: latency a notebook user feels, and the cost of calling Mojo from Python.

    .venv/bin/python bench/kernel_bench.py            # 5 kernel starts, 200k calls per function
    .venv/bin/python bench/kernel_bench.py --quick    # 2 starts, 20k calls

Kernel figures are round trips through a real `mojo` kernel (jupyter_client, as JupyterLab talks to
it), median of the runs. Call costs are measured in this process, the same way a `%%python` cell
calls: a Mojo function through the compiler's fast-call wrapper, the same function in Python, and a
ctypes call of a C function with the same signature (libc `labs`), side by side.
Targets (issue 3): ready < 1.0 s; first Mojo cell < 0.3 s after ready; new 20-line def < 0.15 s;
Mojo call from Python within 1.5x of a Python call.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import statistics
import sys
import tempfile
import time
import timeit

from jupyter_client.manager import start_new_kernel

TARGETS_S = {"start to ready": 1.0, "first trivial Mojo cell": 0.3, "new 20-line def cell": 0.15}


def twenty_line_def(tag: int) -> str:
    """A new function each time (its name and constants differ), so nothing is reused."""
    body = "\n".join(f"    acc = acc * 31 + x * {tag + i} - {i}" for i in range(17))
    return f"def mix_{tag}(x: Int) -> Int:\n    var acc = {tag}\n{body}\n    return acc\n"


def run_cell(kc, code: str) -> float:
    started = time.perf_counter()
    reply = kc.execute_interactive(code, timeout=60, output_hook=lambda msg: None)
    elapsed = time.perf_counter() - started
    if reply["content"]["status"] != "ok":
        raise SystemExit(f"cell failed: {code!r}: {reply['content'].get('evalue')}")
    return elapsed


def kernel_round(tag: int) -> dict[str, float]:
    started = time.perf_counter()
    km, kc = start_new_kernel(kernel_name="mojo", startup_timeout=60)
    times = {"start to ready": time.perf_counter() - started}
    try:
        times["first trivial Mojo cell"] = run_cell(kc, "print(1)")
        times["new 20-line def cell"] = run_cell(kc, twenty_line_def(tag))
        reused = "var reused = 0\nfor i in range(10):\n    reused += i\nprint(reused)"
        run_cell(kc, reused)
        times["re-executed unchanged cell"] = run_cell(kc, reused)
        times["trivial %%python cell"] = run_cell(kc, "%%python\nx = 1")
        msg_id = kc.execute("while True:\n    pass")
        time.sleep(0.5)
        interrupted = time.perf_counter()
        km.interrupt_kernel()
        while kc.get_shell_msg(timeout=10)["parent_header"].get("msg_id") != msg_id:
            pass
        times["interrupt of a native loop"] = time.perf_counter() - interrupted
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return times


def python_kernel_start() -> float:
    """The standard IPython kernel's start to ready, as the baseline for ours on this machine."""
    started = time.perf_counter()
    km, kc = start_new_kernel(kernel_name="python3", startup_timeout=60)
    elapsed = time.perf_counter() - started
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return elapsed


def call_costs(calls: int) -> dict[str, float]:
    """Seconds per call of a two-argument integer function, three ways."""
    from mojito.compiler.session import Session

    session = Session(output=lambda stream, text: None)
    session.execute("def add(a: Int, b: Int) -> Int:\n    return a + b\n", 1)
    mojo_add = session.python_functions()["add"]

    def python_add(a, b):
        return a + b

    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    labs = libc.labs
    labs.argtypes, labs.restype = [ctypes.c_long], ctypes.c_long
    assert mojo_add(2, 3) == python_add(2, 3) == 5
    per_call = {}
    for name, stmt, env in (("Mojo function from Python", "f(1, 2)", {"f": mojo_add}),
                            ("plain Python function", "f(1, 2)", {"f": python_add}),
                            ("ctypes call (libc labs)", "f(-3)", {"f": labs})):
        best = min(timeit.repeat(stmt, globals=env, number=calls, repeat=5))
        per_call[name] = best / calls
    return per_call


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    starts, calls = (2, 20_000) if args.quick else (5, 200_000)
    # A private object cache: "new" cells must really compile.
    os.environ["MOJITO_CACHE_DIR"] = tempfile.mkdtemp(prefix="mojito-bench-cache-")

    rounds = []
    for tag in range(starts):  # interleaved, so both kernels see the same machine load
        rounds.append(kernel_round(tag))
        rounds[-1]["(python3 kernel start to ready)"] = python_kernel_start()
    load = os.getloadavg()[0]
    print(f"Mojo kernel latency (median of {starts} fresh kernels; Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs, load average {load:.1f})")
    print(f"{'':30} {'median':>9} {'min':>9} {'target':>8}")
    for name in rounds[0]:
        values = [r[name] for r in rounds]
        target = TARGETS_S.get(name)
        verdict = "" if target is None else f"{target:>7.2f}s {'ok' if statistics.median(values) <= target else 'MISSED'}"
        print(f"{name:30} {statistics.median(values) * 1e3:>7.1f}ms {min(values) * 1e3:>7.1f}ms {verdict}")

    costs = call_costs(calls)
    base = costs["plain Python function"]
    print(f"\nPer-call cost from Python (best of 5 x {calls} calls)")
    for name, seconds in costs.items():
        print(f"{name:30} {seconds * 1e9:>7.1f}ns {seconds / base:>6.2f}x Python")
    ratio = costs["Mojo function from Python"] / base
    print(f"{'target: Mojo within 1.5x':30} {'ok' if ratio <= 1.5 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
