"""Kernel > Interrupt on the `mojo` kernel (interrupt_mode "message")."""

import time

import pytest
from kernelclient import running_kernel

pytestmark = pytest.mark.timeout(120)


def test_interrupt_of_a_running_native_loop_is_immediate_and_keeps_state():
    with running_kernel() as kernel:
        assert kernel.run("var before = 7").status == "ok"
        msg_id = kernel.start('print("spinning")\nwhile True:\n    before += 0')
        kernel.wait_output("spinning", timeout=30)
        interrupted_at = time.monotonic()
        kernel.km.interrupt_kernel()
        reply = kernel.wait_reply(msg_id, timeout=10)
        assert reply["status"] == "error" and reply["ename"] == "MojoInterrupted"
        assert reply["traceback"] == ["MojoInterrupted: interrupted by the user"]
        assert time.monotonic() - interrupted_at < 0.5
        after = kernel.run("print(before)")
        assert after.text() == "7\n", (after.outputs, after.content, kernel.late_messages())


def test_an_interrupt_that_arrives_while_the_cell_compiles_still_stops_it():
    with running_kernel() as kernel:
        kernel.run("print(0)")
        for _ in range(3):
            msg_id = kernel.start("var n = 0\nwhile True:\n    n += 1")
            kernel.wait_iopub("execute_input", timeout=30)
            kernel.km.interrupt_kernel()  # at once: most likely while the cell still compiles
            reply = kernel.wait_reply(msg_id, timeout=10)
            assert reply["status"] == "error"
            assert reply["ename"] in ("MojoInterrupted", "KeyboardInterrupt")
        assert kernel.run('print("usable")').text() == "usable\n"


def test_interrupt_stops_a_long_compilation_and_the_kernel_stays_usable():
    # ~900 chained generic instantiations: seconds of compiling, no native code running yet.
    long_compile = ("def f[n: Int]() -> Int:\n    comptime if n >= 900:\n        return n\n    else:\n"
                    "        return f[n + 1]()\n\nprint(f[0]())")
    with running_kernel() as kernel:
        assert kernel.run("var kept = 5").status == "ok"
        msg_id = kernel.start(long_compile)
        kernel.wait_iopub("execute_input", timeout=30)
        time.sleep(0.5)
        interrupted_at = time.monotonic()
        kernel.km.interrupt_kernel()
        reply = kernel.wait_reply(msg_id, timeout=30)
        assert reply["status"] == "error" and reply["ename"] == "MojoInterrupted", reply
        assert reply["traceback"] == ["MojoInterrupted: interrupted by the user while compiling"]
        assert time.monotonic() - interrupted_at < 5
        assert kernel.run("print(kept)").text() == "5\n"
        assert kernel.run("def f() -> Int:\n    return 1\nprint(f())").text() == "1\n"  # nothing of it persisted
