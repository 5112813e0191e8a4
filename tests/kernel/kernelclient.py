"""A small synchronous driver for a real kernel, for tests that need more than nbclient offers
(interrupting at a chosen moment, crashing and restarting a kernel)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
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


class Kernel:
    def __init__(self, km: KernelManager, kc: Any) -> None:
        self.km, self.kc = km, kc

    def run(self, code: str, timeout: float = 60) -> Reply:
        outputs: list[dict[str, Any]] = []

        def keep(msg: dict[str, Any]) -> None:
            if msg["msg_type"] not in ("status", "execute_input"):
                outputs.append(msg)

        reply = self.kc.execute_interactive(code, timeout=timeout, output_hook=keep)
        return Reply(reply["content"]["status"], outputs, reply["content"], reply["header"]["date"])

    def start(self, code: str) -> str:
        """Send code without waiting for it; the msg_id."""
        return self.kc.execute(code)

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
