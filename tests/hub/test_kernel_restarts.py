"""The pieces of hub/kernelrestarts.py and oomnotice.py that keep the first cell after a kernel
restart visible, without a hub (the real thing: test_hardening.py)."""

from __future__ import annotations

import json
import time

from jupyter_server.services.kernels.connection.base import deserialize_msg_from_ws_v1, serialize_msg_to_ws_v1
from mojito.hub import kernelrestarts, oomnotice


def _request(msg_type: str = "execute_request", channel: str = "shell") -> dict:
    return {"header": {"msg_id": "m1", "msg_type": msg_type}, "parent_header": {},
            "metadata": {"cell": 3}, "content": {"code": "1"}, "channel": channel}


def test_execute_requests_are_stamped_in_both_websocket_protocols():
    legacy = json.loads(kernelrestarts.stamp(json.dumps(_request()), None, 123.5))
    assert legacy["metadata"] == {"cell": 3, "mojito_sent_at": 123.5}
    assert legacy["content"] == {"code": "1"}

    msg = _request()
    parts = [json.dumps(msg[k]).encode() for k in ("header", "parent_header", "metadata", "content")]
    stamped = kernelrestarts.stamp(serialize_msg_to_ws_v1(parts, "shell"), kernelrestarts.V1, 9.0)
    channel, out = deserialize_msg_from_ws_v1(stamped)
    assert channel == "shell" and json.loads(out[2]) == {"cell": 3, "mojito_sent_at": 9.0}
    assert out[0] == parts[0] and out[3] == parts[3]


def test_other_messages_pass_unchanged():
    for msg in (_request("kernel_info_request"), _request("complete_request"), _request(channel="control")):
        raw = json.dumps(msg)
        assert kernelrestarts.stamp(raw, None, 1.0) == raw
    parts = [json.dumps(_request("inspect_request")[k]).encode() for k in ("header", "parent_header", "metadata", "content")]
    v1 = serialize_msg_to_ws_v1(parts, "shell")
    assert kernelrestarts.stamp(v1, kernelrestarts.V1, 1.0) == v1


def test_the_process_start_time_is_now_for_a_new_process_and_earlier_for_this_one():
    import subprocess
    import sys

    before = time.time()
    out = subprocess.run([sys.executable, "-c", "from mojito.hub.oomnotice import process_started_at as p; print(p())"],
                         capture_output=True, text=True, check=True).stdout
    started = float(out)
    assert before - 0.05 <= started <= time.time(), (before, started)
    mine = oomnotice.process_started_at()
    assert mine is not None and mine < before


def test_only_a_request_forwarded_before_the_kernel_started_is_stale():
    started = 1000.0
    assert oomnotice.sent_before({"metadata": {"mojito_sent_at": 999.9}}, started)
    assert not oomnotice.sent_before({"metadata": {"mojito_sent_at": 1000.1}}, started)
    assert not oomnotice.sent_before({"metadata": {}}, started)  # not through our server: runs
    assert not oomnotice.sent_before({"metadata": {"mojito_sent_at": "999"}}, started)
    assert not oomnotice.sent_before({"metadata": {"mojito_sent_at": 1.0}}, None)
    assert not oomnotice.sent_before(None, started)


def test_a_replaced_kernel_is_starting_again():
    class Kernel:
        execution_state = "busy"  # the cell that was killed

    manager = kernelrestarts.KernelManager()
    kernel = Kernel()
    manager._kernels["k1"] = kernel
    manager._replaced("k1")
    assert kernel.execution_state == "starting"
    manager._replaced("gone")  # a kernel shut down meanwhile is ignored

