"""A small, seeded compiler fuzzer: mutants of real programs plus hostile inputs, each compiled in
a worker process with a time limit. The compiler must answer every input with either object code
or compile errors: never a Python exception ("internal compiler error"), a crash or a hang.

    .venv/bin/python tests/compiler/fuzzing.py [--count N] [--seed S] [--jobs J] [--timeout T]

runs a bigger campaign and prints each failing input (the test runs a bounded one: test_fuzz.py).
"""

from __future__ import annotations

import json
import os
import random
import re
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from mojohelpers import CONFORMANCE  # noqa: E402

_TOKEN = re.compile(r"\s+|[A-Za-z_]\w*|\d[\w.]*|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'|\*\*|//|<<|>>|->|[=!<>]=|.")

# Inputs written to break a compiler: every known way to make it recurse, allocate or loop
# without bound, plus malformed text.
HOSTILE = [
    "def main():\n    print(2 ** 2 ** 40)\n",
    "def main():\n    print(1 << (1 << 40))\n",
    "def main():\n    print(-(10 ** 3000) ** 7)\n",
    "def main():\n    print(1.5 ** 100000)\n",
    "def main():\n    print(10.0 ** 400 * 10.0 ** 400)\n",
    "def main():\n    print((1 / 0) * 0, 1e300 * 1e300 / 0, 1 // 0)\n",
    "def main():\n    print(1 >> -1, 1 << -1)\n",
    "def main():\n    print('ab' * 100000000000)\n",
    "comptime a = 'x' * 1000000\ncomptime b = a + a\ndef main():\n    print(len(b))\n",
    "def main():\n    print(" + "(" * 1000 + "1" + ")" * 1000 + ")\n",
    "def main():\n    print(" + "-" * 5000 + "1)\n",
    "def main():\n    print(" + "1+" * 20000 + "1)\n",
    "def main():\n    print(" + "[" * 600 + "]" * 600 + ")\n",
    "def main():\n    print(" + "x." * 3000 + "y)\n",
    "def main():\n    print(f" + "()" * 3000 + ")\n",
    "def main():\n    var x = " + "1 if True else " * 1500 + "2\n",
    "def main():\n" + "".join("    " * (i + 1) + "if True:\n" for i in range(400)) + "    " * 401 + "pass\n",
    "def main():\n" + "".join("    " * (i + 1) + "def f():\n" for i in range(300)) + "    " * 301 + "pass\n",
    "struct S:\n    var s: S\n\ndef main():\n    var x = S(S(S()))\n",
    "@fieldwise_init\nstruct A:\n    var b: B\n@fieldwise_init\nstruct B:\n    var a: Optional[A]\n"
    "def main():\n    pass\n",
    "def main():\n    print(" + "9" * 5000 + ")\n",
    "def main():\n    print(0x" + "f" * 5000 + ", 0b" + "1" * 20000 + ", 0o, 0x_)\n",
    "def main():\n    print(1e999999999, 1." + "5" * 9000 + ", 1e-99999999)\n",
    "def main():\n    print('\\xZZ', '\\U99999999', '\\ud800', '\\777', '\\x4')\n",
    "def main():\n    print('\\N{BULLET}', b'\\xff', '\\\n')\n",
    "def f[n: Int]() -> Int:\n    return f[n + 1]()\n\ndef main():\n    print(f[0]())\n",
    "def f[n: Int]() -> Int:\n    return f[n + 1]() + f[n + 2]()\n\ndef main():\n    print(f[0]())\n",
    "struct W[T: AnyType]:\n    var x: Int\n    def __init__(out self):\n        self.x = 0\n"
    "    def g(self):\n        var w = W[W[T]]()\n        w.g()\n\ndef main():\n    var w = W[Int]()\n    w.g()\n",
    "@fieldwise_init\nstruct N[T: Copyable]:\n    var v: N[Tuple[T, T]]\n\ndef main():\n    var n: N[Int]\n",
    "def main():\n    var s = 0\n    comptime for i in range(1000000):\n        s += i\n    print(s)\n",
    "def main():\n    var s = 0\n    comptime for i in range(10 ** 30):\n        s += i\n",
    "def main():\n    comptime for i in range(0, 5, 0):\n        pass\n",
    "def main():\n    var s = 0\n    comptime for i in range(3000):\n        comptime for j in range(3000):\n"
    "            s += i * j\n    print(s)\n",
    "comptime a = b\ncomptime b = a\ndef main():\n    print(a)\n",
    "def fib(n: Int) -> Int:\n    return fib(n + 1)\ncomptime x = fib(3)\ndef main():\n    print(x)\n",
    "def main():\n    var l: List[Int] = [1, 2, 3]\n    l.insert(-1, 9)\n    l.insert(100, 5)\n    print(l.pop(-7))\n",
    "def main():\n    var v = SIMD[DType.int32, 4](1, 2, 3, 4)\n    v[9] = 1\n    print(v[-3])\n",
    "def main():\n    var t = (1, 2)\n    print(t[5], t[-9], t[10 ** 40])\n",
    "def main():\n    var s = String('abc')\n    print(s[byte=10 ** 30], s[byte=-(10 ** 30)])\n",
    "def main():\n    var x: Int8 = 10 ** 40\n    var y: UInt8 = -(10 ** 40)\n    var z: Float32 = 10 ** 3000\n",
    "def main():\n    print(Int(10 ** 3000), Float64(10 ** 3000), String(10 ** 3000))\n",
    "def main():\n\tif True:\n        pass\n  \tpass\n",
    "\x00\x01\x02def main():\n    pass\n",
    "def main():\n    print('''unterminated\n",
    "def main(:\n    print(\n",
    ")]}\n" * 50,
    "def main():\n    var x = [1, 2, 3]\n    x[1:2:0] = 5\n    print(x[::0])\n",
    "def main():\n    print(" + "'a' + " * 3000 + "'b')\n",
    "def main():\n    var x = 1\n    x " + "+= 1; x " * 2000 + "+= 1\n",
    "comptime N = 10 ** 18\ndef main():\n    var l = List[Int](capacity=N * N)\n",
    "def g[*Ts: AnyType](*args: *Ts):\n    pass\ndef main():\n    g(" + "1, " * 3000 + "1)\n",
    "def main():\n    match 1:\n" + "".join(f"        case {i}:\n            pass\n" for i in range(3000)),
    "def f[n: Int = f[]()]() -> Int:\n    return n\ndef main():\n    print(f())\n",
    "struct S[n: Int]:\n    comptime m = S[Self.n + 1].m\ndef main():\n    print(S[0].m)\n",
    "struct S[T: AnyType]:\n    comptime U = S[S[T]]\n    var u: Self.U\ndef main():\n    var s: S[Int]\n",
    "def f[T: AnyType](x: T) -> Int:\n    return f((x, x))\ndef main():\n    print(f(1))\n",
    "def main():\n    var t0 = (1, 1)\n" + "".join(f"    var t{i + 1} = (t{i}, t{i})\n" for i in range(40)),
    "def main():\n    var x = print\n    var y = (len, Int)\n    _ = List\n    print,('x')\n    len\n",
    "@fieldwise_init\nstruct G:\n    var x: Int\n    def f(self) -> Int:\n        return 1\n"
    "def main():\n    print(G.f(), G.f(G(1)))\n",
    "def main():\n    if True:\n        pass\n" + "".join(f"    elif {i} == 1:\n        pass\n" for i in range(1500)),
    "def main():\n    var t = (1, 2)\n    var v = SIMD[DType.int8, 2](1)\n    var l = [1]\n"
    "    print(t[], t[0, 1], v[], l[], l[0, 0], t[i=0])\n",
]


@dataclass
class Result:
    kind: str  # "ok" | "errors" | "crash" | "hang"
    detail: str
    seconds: float


def seeds() -> list[tuple[str, str]]:
    """(name, source) of the programs to mutate: the conformance corpus and the compiler's own
    program tests."""
    paths = sorted(CONFORMANCE.glob("*/*.mojo")) if CONFORMANCE.is_dir() else []
    paths += sorted((HERE / "programs").glob("**/*.mojo"))
    return [(p.stem, p.read_text()) for p in paths]


def mutate(src: str, rng: random.Random) -> str:
    """One to three random edits of tokens or lines."""
    for _ in range(rng.randint(1, 3)):
        lines = src.split("\n")
        op = rng.randrange(12)
        if op < 6:  # token level, within one non-empty line
            candidates = [i for i, line in enumerate(lines) if line.strip()]
            if not candidates:
                continue
            i = rng.choice(candidates)
            toks = _TOKEN.findall(lines[i])
            real = [k for k, t in enumerate(toks) if not t.isspace()]
            if not real:
                continue
            k = rng.choice(real)
            if op == 0:
                del toks[k]
            elif op == 1:
                toks.insert(k, toks[k])
            elif op == 2 and len(real) > 1:
                k2 = rng.choice(real)
                toks[k], toks[k2] = toks[k2], toks[k]
            elif op == 3:
                toks[k] = rng.choice(["9" * rng.choice([20, 400, 5000]), "2 ** 2 ** 40", "1e400", "-(1<<70)",
                                      "'x' * 10 ** 9", "0x_", "(" * 300 + "1" + ")" * 300, "[" * 50, "]",
                                      "1.0 / 0.0", "10 ** 3000 // 0"])
            elif op == 4:
                toks.insert(k, rng.choice(["(", ")", "[", "]", ":", ",", ".", "^", "**", "not ", "-", "var ", "def ",
                                           "comptime ", "struct ", "return ", "raise ", "\\", "'", '"""', "@", "*",
                                           "mut ", "out ", "None", "Self", "[T]", "[0]", "[-1]", "[1:]"]))
            elif rng.random() < 0.7:  # another name of the program in its place: type confusion
                names = sorted(set(re.findall(r"[A-Za-z_]\w*", src)))
                toks[k] = rng.choice(names) if names else toks[k]
            else:
                toks[k] = toks[k].upper() if toks[k].islower() else toks[k].lower()
            lines[i] = "".join(toks)
        elif op == 6 and len(lines) > 1:
            del lines[rng.randrange(len(lines))]
        elif op == 7:
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
        elif op == 8 and len(lines) > 1:
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 9:  # re-indent a line
            i = rng.randrange(len(lines))
            lines[i] = " " * rng.choice([0, 1, 2, 4, 8, 12]) + lines[i].lstrip()
        elif op == 10:  # wrap an expression line in deep nesting
            i = rng.randrange(len(lines))
            m = re.match(r"(\s*)(.*)", lines[i])
            assert m
            depth = rng.choice([50, 150, 250])
            lines[i] = m.group(1) + "(" * depth + m.group(2) + ")" * depth
        else:  # a hostile fragment as a new statement
            i = rng.randrange(len(lines))
            indent = re.match(r"\s*", lines[i]).group(0)  # type: ignore[union-attr]
            frag = rng.choice(["print(2 ** 2 ** 40)", "comptime for i in range(10 ** 7):\n" + indent + "    pass",
                               "var q = " + "-" * 400 + "1", "print(" + "a+" * 1200 + "a)",
                               "l.insert(-1, 0)", "struct Z:\n" + indent + "    var z: Z"])
            lines.insert(i, indent + frag)
        src = "\n".join(lines)
    return src


def as_cell(src: str) -> str:
    """A program as a notebook cell: main's body becomes the cell's top-level statements."""
    lines = src.split("\n")
    try:
        start = lines.index("def main():")
    except ValueError:
        return src
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith(" ")):
        end += 1
    body = [line[4:] if line.startswith("    ") else line for line in lines[start + 1:end]]
    return "\n".join(lines[:start] + body + lines[end:])


def cell_inputs(count: int, seed: int) -> Iterator[tuple[str, str]]:
    """Cells for a notebook session: the hostile inputs and mutants of the programs as cells."""
    for i, src in enumerate(HOSTILE):
        if "fib(n + 1)" not in src:  # runs until the harness interrupts it (15 s): only compiled, in inputs()
            yield f"hostilecell{i}", as_cell(src)
    rng = random.Random(seed)
    base = [(name, as_cell(src)) for name, src in seeds()]
    for i in range(count if base else 0):
        name, src = rng.choice(base)
        yield f"{name}~cell{i}", mutate(src, rng)


def inputs(count: int, seed: int) -> Iterator[tuple[str, str]]:
    """The hostile inputs, then `count` mutants of the seed programs (deterministic for a seed)."""
    for i, src in enumerate(HOSTILE):
        yield f"hostile{i}", src
    rng = random.Random(seed)
    base = seeds()
    if not base:
        return
    for i in range(count):
        name, src = rng.choice(base)
        yield f"{name}~{i}", mutate(src, rng)


_WORKER = r"""
import json, os, select, signal, sys, time, traceback
os.environ.setdefault("MOJITO_TRACEBACK", "1")
from mojito.compiler import driver
from mojito.compiler.diagnostics import CompileError, SourceMap
timeout = float(sys.argv[1])
mode = sys.argv[2] if len(sys.argv) > 2 else "program"
opts = driver.Options(opt_level=0)
marker_fd = None

# A fork server: the standard library is declared (and its object built) once; each input is
# compiled in a forked child, so one input cannot affect the next, a hang is a kill and a native
# crash is a dead child.
checker = driver.Checker()
std_sources = SourceMap()
lib = driver.declare_stdlib(checker, std_sources, opts)
driver.stdlib_object(checker, lib, opts)


def reuse_stdlib(c, sources, options, **kw):
    sources._lines.update(std_sources._lines)
    return lib


def compile_one(src, name):
    driver.Checker = lambda *a, **k: checker
    driver.declare_stdlib = reuse_stdlib
    try:
        driver.compile_source(src, name + ".mojo", opts)
        return {"kind": "ok", "detail": ""}
    except CompileError as exc:
        text = str(exc)
        if "error:" not in text:
            return {"kind": "crash", "detail": "CompileError without an error diagnostic: " + text[:2000]}
        return {"kind": "errors", "detail": text[:300]}
    except BaseException as exc:
        return {"kind": "crash", "detail": "".join(traceback.format_exception(exc))[-4000:]}


if mode == "session":
    # Cells through a notebook session (REPL semantics, cell globals, trailing values); they run,
    # so the child marks the moment compiled code starts: a crash after it is the program's own
    # (a stack overflow), a crash before it the compiler's. A running cell is interrupted after a
    # few seconds; a cell still compiling then is reported as a hang.
    import threading
    from mojito.compiler.codegen import backend
    from mojito.compiler.diagnostics import MojitoInternalError
    from mojito.compiler.session import MojoError, MojoInterrupted, Session

    session = Session(output=lambda stream, text: None)
    real_link = backend.jit_link

    def marked_link(*args, **kwargs):
        os.write(marker_fd, b"R")
        return real_link(*args, **kwargs)

    def compile_one(src, name):
        backend.jit_link = marked_link
        timer = threading.Timer(timeout / 2, session.interrupt)
        timer.start()
        try:
            session.execute(src, 1)
            out = {"kind": "ok", "detail": ""}
        except CompileError as exc:
            text = str(exc)
            out = {"kind": "errors", "detail": text[:300]} if "error:" in text else \
                {"kind": "crash", "detail": "CompileError without an error diagnostic: " + text[:2000]}
        except MojoInterrupted as exc:
            out = {"kind": "hang", "detail": "still compiling after the interrupt"} if "compiling" in str(exc) \
                else {"kind": "ok", "detail": "interrupted while running"}
        except MojoError as exc:
            out = {"kind": "ok", "detail": f"run-time error: {exc}"[:300]}
        except MojitoInternalError as exc:
            return {"kind": "crash", "detail": "".join(traceback.format_exception(exc.__cause__ or exc))[-4000:]}
        except BaseException as exc:
            return {"kind": "crash", "detail": "".join(traceback.format_exception(exc))[-4000:]}
        finally:
            timer.cancel()
        try:
            if session.execute("40 + 2", 2).value != "42":
                return {"kind": "crash", "detail": "the session gave a wrong answer after this cell"}
        except BaseException as exc:
            return {"kind": "crash", "detail": "the session is unusable after this cell: " +
                    "".join(traceback.format_exception(exc))[-3000:]}
        return out

print(json.dumps({"ready": True}), flush=True)
for line in sys.stdin:
    req = json.loads(line)
    r, w = os.pipe()
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        marker_fd = w
        out = json.dumps(compile_one(req["src"], req["name"])).encode()
        while out:
            out = out[os.write(w, out):]
        os._exit(0)
    os.close(w)
    chunks = []
    ran = False
    while True:
        left = timeout - (time.monotonic() - t0)
        ready, _, _ = select.select([r], [], [], max(0.0, left))
        if not ready:
            os.kill(pid, signal.SIGKILL)
            ran = ran or b"".join(chunks).startswith(b"R")
            # Compiled code that cannot be interrupted (a recursion LLVM turned into a loop) is
            # the program's hang, not the compiler's: reported, not counted.
            out = {"kind": "ok" if ran else "hang", "detail": f"no answer within {timeout:.0f} s" +
                   (" (the program was running and did not stop when interrupted)" if ran else "")}
            break
        data = os.read(r, 65536)
        if not data:
            text = b"".join(chunks)
            ran = text.startswith(b"R")
            text = text.lstrip(b"R")
            out = json.loads(text) if text else None
            break
        chunks.append(data)
    os.close(r)
    _, status = os.waitpid(pid, 0)
    if out is None and ran:
        out = {"kind": "ok", "detail": f"the program itself crashed while running (wait status {status})"}
    elif out is None:
        out = {"kind": "crash", "detail": f"the compiler process died (wait status {status})"}
    out["seconds"] = time.monotonic() - t0
    print(json.dumps(out), flush=True)
"""


class Worker:
    """A compiler in a subprocess, fed one input at a time; replaced when it hangs or dies."""

    def __init__(self, env: dict[str, str], timeout: float, mode: str = "program") -> None:
        self.env = env
        self.timeout = timeout
        self.mode = mode
        self.proc = self._start()

    def _start(self) -> subprocess.Popen:
        proc = subprocess.Popen([sys.executable, "-c", _WORKER, str(self.timeout), self.mode], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=self.env)
        assert proc.stdout is not None
        proc.stdout.readline()  # ready (imports done)
        return proc

    def send(self, name: str, src: str) -> None:
        assert self.proc.stdin is not None
        self.started = time.monotonic()
        self.proc.stdin.write(json.dumps({"name": name, "src": src}) + "\n")
        self.proc.stdin.flush()

    def restart(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self.proc = self._start()

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()


def run(items: list[tuple[str, str]], jobs: int = 2, timeout: float = 20.0,
        env: dict[str, str] | None = None, mode: str = "program") -> dict[str, Result]:
    """Compile every input; a worker that takes longer than `timeout` on one is a hang."""
    env = dict(env or os.environ)
    results: dict[str, Result] = {}
    workers = [Worker(env, timeout, mode) for _ in range(max(1, min(jobs, len(items))))]
    todo = list(items)
    busy: dict[Worker, tuple[str, str]] = {}
    try:
        while todo or busy:
            for w in workers:
                if w not in busy and todo:
                    busy[w] = todo.pop(0)
                    w.send(*busy[w])
            ready, _, _ = select.select([w.proc.stdout for w in busy], [], [], 0.2)
            now = time.monotonic()
            for w in list(busy):
                name, src = busy[w]
                if w.proc.stdout in ready:
                    line = w.proc.stdout.readline()  # type: ignore[union-attr]
                    if not line:  # the process died (a native crash)
                        results[name] = Result("crash", f"the compiler process died (status {w.proc.wait()})",
                                               now - w.started)
                        del busy[w]
                        w.restart()
                        continue
                    out = json.loads(line)
                    results[name] = Result(out["kind"], out["detail"], out.get("seconds", now - w.started))
                    del busy[w]
                elif now - w.started > timeout + 30:  # the fork server itself is stuck
                    results[name] = Result("hang", f"no answer within {timeout:.0f} s", now - w.started)
                    del busy[w]
                    w.restart()
    finally:
        for w in workers:
            w.close()
    return results


def main(argv: list[str]) -> int:
    import argparse

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--timeout", type=float, default=20.0)
    p.add_argument("--session", action="store_true", help="compile and run the inputs as notebook cells")
    args = p.parse_args(argv)
    items = list((cell_inputs if args.session else inputs)(args.count, args.seed))
    t0 = time.monotonic()
    results = run(items, args.jobs, args.timeout, mode="session" if args.session else "program")
    src = dict(items)
    bad = {k: r for k, r in results.items() if r.kind in ("crash", "hang")}
    for k, r in bad.items():
        print(f"===== {k}: {r.kind}\n--- input:\n{src[k][:3000]}\n--- detail:\n{r.detail}\n")
    kinds = [r.kind for r in results.values()]
    slow = max(results.items(), key=lambda kv: kv[1].seconds)
    print(f"{len(items)} inputs in {time.monotonic() - t0:.1f} s: " +
          ", ".join(f"{k} {kinds.count(k)}" for k in ("ok", "errors", "crash", "hang")) +
          f"; slowest {slow[0]} {slow[1].seconds:.1f} s")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
