"""Native output reaches the notebook while the cell runs, in order with Python's output."""

import pytest
from kernelclient import running_kernel

pytestmark = pytest.mark.timeout(120)

SLOW_TICKS = """from std.time import perf_counter_ns

def wait_ms(ms: Int):
    var start = perf_counter_ns()
    while perf_counter_ns() - start < ms * 1_000_000:
        pass

for i in range(3):
    print("tick", i)
    wait_ms(500)
"""


def test_output_of_a_running_native_cell_streams_before_the_cell_ends():
    with running_kernel() as kernel:
        reply = kernel.run(SLOW_TICKS)
        assert reply.status == "ok"
        assert reply.text() == "tick 0\ntick 1\ntick 2\n"
        first_output = next(m for m in reply.outputs if m["msg_type"] == "stream")
        # Stamped by the kernel when sent: "tick 0" left at least one 500 ms wait before the end.
        kernel_side_gap = reply.sent_at - first_output["header"]["date"]
        assert kernel_side_gap.total_seconds() > 0.9


def test_mojo_output_from_a_python_cell_interleaves_in_order():
    with running_kernel() as kernel:
        assert kernel.run('def shout(word: String):\n    print(word + "!")\n').status == "ok"
        reply = kernel.run('%%python\nprint("before")\nshout("mojo")\nprint("after")')
        assert reply.text() == "before\nmojo!\nafter\n"
