"""`%load_ext mojito.kernel` gives the standard Python kernel a `%%mojo` cell magic."""

import time

import pytest
from kernelclient import running_kernel

pytestmark = pytest.mark.timeout(120)


def test_mojo_magic_in_the_python_kernel_keeps_state_and_shares_functions():
    with running_kernel("python3") as kernel:
        assert kernel.run("%load_ext mojito.kernel").status == "ok"
        assert kernel.run("%%mojo\nvar total = 10\ndef add(a: Int, b: Int) -> Int:\n    return a + b\n").status == "ok"
        reply = kernel.run("%%mojo\ntotal = add(total, 5)\ntotal")
        assert reply.status == "ok"
        [result] = [m for m in reply.outputs if m["msg_type"] == "execute_result"]
        assert result["content"]["data"]["text/plain"] == "15"
        assert kernel.run("print(add(2, 3))").text() == "5\n"  # a plain Python cell


def test_mojo_magic_errors_name_the_cell_by_its_prompt_number():
    with running_kernel("python3") as kernel:
        kernel.run("%load_ext mojito.kernel")
        reply = kernel.run('%%mojo\nvar n: Int = "three"')
        assert reply.status == "error" and reply.content["ename"] == "CompileError"
        assert reply.content["traceback"][0].startswith(f"cell[{reply.content['execution_count']}]:1:14: error:")


def test_interrupt_by_signal_stops_a_native_loop_in_the_python_kernel():
    # The standard kernel's interrupt_mode is "signal": SIGINT must reach the native loop too.
    with running_kernel("python3") as kernel:
        kernel.run("%load_ext mojito.kernel")
        msg_id = kernel.start('%%mojo\nprint("spinning")\nwhile True:\n    pass')
        kernel.wait_output("spinning", timeout=30)  # the native loop is running now
        interrupted_at = time.monotonic()
        kernel.km.interrupt_kernel()
        reply = kernel.wait_reply(msg_id, timeout=10)
        assert reply["ename"] == "MojoInterrupted"
        assert time.monotonic() - interrupted_at < 1.0
        after = kernel.run("%%mojo\nprint(\"still here\")")
        assert (after.status, after.text()) == ("ok", "still here\n"), after.content
