"""A native crash loses the kernel, but the user is told it died and why."""

import time

import pytest
from kernelclient import running_kernel

pytestmark = pytest.mark.timeout(120)

# A read of address 0 in native code called from a Mojo cell. (A too deep recursion no longer
# crashes: it is a MojoError, test_kernel_stack_overflow.py.)
NATIVE_CRASH_SETUP = 'from std.python import Python\nvar ctypes = Python.import_module("ctypes")\n'
NATIVE_CRASH = "print(ctypes.string_at(0))"


def test_after_a_native_crash_the_restarted_kernel_says_which_cell_died_and_why():
    with running_kernel() as kernel:
        assert kernel.run(NATIVE_CRASH_SETUP).status == "ok"
        kernel.start(NATIVE_CRASH)  # SIGSEGV
        deadline = time.monotonic() + 30
        while kernel.km.is_alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not kernel.km.is_alive()

        kernel.km.restart_kernel(now=True)  # what Jupyter does when a kernel dies
        kernel.kc.wait_for_ready(timeout=60)
        first = kernel.run('print("back")')
        assert first.text() == "back\n"
        assert first.text("stderr").startswith(
            "The previous kernel died while running Mojo cell [2]: Segmentation fault.")
        assert kernel.run('print("again")').text("stderr") == ""  # told once


def test_restarting_a_kernel_busy_in_a_native_loop_is_quick_and_not_reported_as_a_crash():
    with running_kernel() as kernel:
        kernel.start("while True:\n    pass")
        time.sleep(1.0)
        started = time.monotonic()
        kernel.km.restart_kernel(now=False)  # Kernel > Restart: asks the kernel to shut down first
        kernel.kc.wait_for_ready(timeout=60)
        assert time.monotonic() - started < 10  # not the manager's kill timeout
        assert kernel.run('print("fresh")').text("stderr") == ""
