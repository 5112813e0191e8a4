"""A small synchronous driver for a real kernel, for tests that need more than nbclient offers
(interrupting at a chosen moment, crashing and restarting a kernel)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from queue import Empty
from typing import Any

from jupyter_client.manager import KernelManager, start_new_kernel


@dataclass
class Reply:
    status: str
    outputs: list[dict[str, Any]] = field(default_factory=list)  # iopub messages of the cell
    content: dict[str, Any] = field(default_factory=dict)
    sent_at: Any = None  # when the kernel sent the execute_reply (its header date)

    def text(self, stream: str = "stdout") -> str:
        return "".join(m["content"]["text"] for m in self.outputs
                       if m["msg_type"] == "stream" and m["content"]["name"] == stream)

    def displays(self) -> list[dict[str, Any]]:
        """The data (mime type -> content) of each display_data message: figures, warning boxes."""
        return [m["content"].get("data", {}) for m in self.outputs if m["msg_type"] == "display_data"]


class Kernel:
    """Cells run with stop_on_error=False, as nbclient sends cells expected to fail: after an error
    reply, ipykernel 7 aborts requests that reach it before its own "stop aborting" message, which
    a test sending the next cell at once can hit. Each test checks every cell's own outcome."""

    def __init__(self, km: KernelManager, kc: Any) -> None:
        self.km, self.kc = km, kc

    def run(self, code: str, timeout: float = 60) -> Reply:
        outputs: list[dict[str, Any]] = []

        def keep(msg: dict[str, Any]) -> None:
            if msg["msg_type"] not in ("status", "execute_input"):
                outputs.append(msg)

        reply = self.kc.execute_interactive(code, timeout=timeout, output_hook=keep, stop_on_error=False)
        return Reply(reply["content"]["status"], outputs, reply["content"], reply["header"]["date"])

    def start(self, code: str) -> str:
        """Send code without waiting for it; the msg_id."""
        return self.kc.execute(code, stop_on_error=False)

    def wait_output(self, text: str, timeout: float) -> None:
        """Wait until a stream output containing text arrives."""
        self.wait_iopub("stream", timeout, lambda content: text in content["text"])

    def wait_iopub(self, msg_type: str, timeout: float, matches: Any = lambda content: True) -> None:
        deadline = time.monotonic() + timeout
        while True:
            msg = self.kc.get_iopub_msg(timeout=max(0.01, deadline - time.monotonic()))
            if msg["msg_type"] == msg_type and matches(msg["content"]):
                return

    def late_messages(self, quiet_s: float = 1.0) -> list[tuple[str, dict[str, Any], str]]:
        """IOPub messages still arriving (for failure reports): (type, content, parent msg_id)."""
        late = []
        while True:
            try:
                msg = self.kc.get_iopub_msg(timeout=quiet_s)
            except Empty:
                return late
            late.append((msg["msg_type"], msg["content"], msg["parent_header"].get("msg_id")))

    def wait_reply(self, msg_id: str, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            msg = self.kc.get_shell_msg(timeout=max(0.01, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg["content"]


@contextmanager
def running_kernel(name: str = "mojo") -> Iterator[Kernel]:
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=60)
    try:
        yield Kernel(km, kc)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
