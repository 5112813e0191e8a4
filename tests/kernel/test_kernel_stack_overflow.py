"""A recursion deeper than the stack: a Mojo error in the cell, not a dead kernel (issue 13)."""

import time

import pytest
from kernelclient import running_kernel

pytestmark = pytest.mark.timeout(120)

# `1 + f(n - 1)` is one LLVM turns into a loop; this one it cannot.
DEEP = '''def depth(n: Int) -> Int:
    if n == 0:
        return 0
    return (depth(n - 1) * 3 + 1) % 1000003
'''


def test_a_too_deep_recursion_is_an_error_and_the_kernel_goes_on():
    with running_kernel() as kernel:
        assert kernel.run(DEEP + "var kept = 41").status == "ok"
        for _ in range(2):  # the stack is whole again after the first one
            reply = kernel.run('print("before")\nprint(depth(10_000_000))')
            assert reply.status == "error", reply.content
            assert reply.content["ename"] == "MojoError"
            [line] = reply.content["traceback"]
            assert "stack overflow" in line and "'depth'" in line, line
            assert reply.text() == "before\n"
        # A recursion that fits still runs, and the session kept its state.
        assert kernel.run("print(depth(100_000) > 0, kept + 1)").text() == "True 42\n"
        # The one-line form from the report (LLVM makes it a loop: it simply works).
        one_line = kernel.run("def f(n: Int) -> Int: return 0 if n == 0 else 1 + f(n - 1)\nprint(f(10_000_000))")
        assert one_line.text() == "10000000\n", one_line.content


def test_a_too_deep_recursion_called_from_python_is_a_recursion_error():
    with running_kernel() as kernel:
        assert kernel.run(DEEP).status == "ok"
        for _ in range(2):  # the guard is closed again after it fired
            reply = kernel.run("%%python\ntry:\n    depth(10_000_000)\nexcept RecursionError as e:\n    print(e)")
            assert reply.status == "ok", reply.content
            assert reply.text().startswith("stack overflow: the recursion in 'depth' went deeper"), reply.text()
        assert kernel.run("%%python\nprint(depth(1000))").text() == "536609\n"
        assert kernel.run("print(depth(100_000) > 0)").text() == "True\n"


def test_interrupt_still_stops_a_long_recursion_without_loops():
    with running_kernel() as kernel:
        fib = "def fib(n: Int) -> Int:\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n"
        assert kernel.run(fib).status == "ok"
        msg_id = kernel.start('print("started")\nprint(fib(90))')
        kernel.wait_output("started", timeout=30)
        interrupted_at = time.monotonic()
        kernel.km.interrupt_kernel()
        reply = kernel.wait_reply(msg_id, timeout=10)
        assert reply["status"] == "error" and reply["ename"] == "MojoInterrupted", reply
        assert time.monotonic() - interrupted_at < 1
        assert kernel.run("print(fib(20))").text() == "6765\n"


def test_mojito_run_of_a_too_deep_recursion_says_so(tmp_path):
    import subprocess
    import sys

    program = tmp_path / "deep.mojo"
    program.write_text(DEEP + '\ndef main():\n    print("start")\n    print(depth(10_000_000))\n')
    proc = subprocess.run([sys.executable, "-m", "mojito.compiler.cli", "run", str(program)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert proc.stdout == "start\n"
    assert "stack overflow: the recursion went deeper than the stack allows" in proc.stderr, proc.stderr
