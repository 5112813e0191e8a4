"""Compiler warnings appear as warnings (a yellow box, not stderr's red error look) and before the
cell's own output."""

import pytest
from kernelclient import running_kernel

pytestmark = pytest.mark.timeout(120)


def test_warnings_are_shown_as_warnings_before_the_output():
    with running_kernel() as kernel:
        reply = kernel.run('let answer = 42\nprint("the answer is", answer)')
        assert reply.status == "ok", reply.content
        kinds = [m["msg_type"] for m in reply.outputs]
        assert "display_data" in kinds, reply.outputs
        first = reply.outputs[0]
        assert first["msg_type"] == "display_data", kinds
        data = first["content"]["data"]
        assert "warning" in data["text/plain"] and "'let'" in data["text/plain"]
        assert 'class="mojito-warning"' in data["text/html"] and "&#x27;let&#x27;" in data["text/html"]
        assert first["content"]["metadata"]["mojito"]["kind"] == "warning"
        assert reply.text() == "the answer is 42\n"
        assert reply.text("stderr") == ""  # nothing in red
