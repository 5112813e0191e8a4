"""Inside a sandboxed session's server: the first cell after a kernel restart is seen by its sender.

Two jupyter_server (2.x) behaviours lost the output of that cell, and with it the notice of
`oomnotice.py` ("The kernel was restarted: ... out of memory"), which belongs to the first cell the
new kernel runs:

1. **A stale "busy".** jupyter_server learns a kernel's state from its status messages. When the
   restarter replaces a kernel that died in the middle of a cell (a memory kill always does), the
   state stays "busy", because nothing reset it. A new websocket connection normally "nudges" the
   kernel (kernel_info requests until the connection's own IOPub subscription has delivered a
   message) before it forwards anything, but busy kernels are not nudged. So the first cell of the
   new kernel went out over an IOPub subscription that had not reached the kernel yet, and under
   load its output (the notice included) was published into the void: ZMQ's "slow joiner".
   `KernelManager` marks the kernel "starting" when the restarter replaces it, as jupyter_server
   itself does for a restart it asks for, so every new connection is nudged until the new kernel
   answers.

2. **Requests sent to the dead kernel.** A request sent in the seconds between the kernel's death
   and the restarter noticing it waits in the server's socket and is run by the *new* kernel,
   after its sender was told "restarting" and stopped listening (JupyterLab drops the cell's pending
   request then). The cell ran unseen (side effects included) and took the notice along.
   `WebsocketConnection` stamps every execute request with the time the server forwarded it
   (`metadata.mojito_sent_at`); the kernel (`oomnotice.py`) does not run a request stamped before
   its own process started, and keeps the notice for the first cell sent to it.
"""

from __future__ import annotations

import json
import time
from functools import partial
from typing import Any

from jupyter_server.services.kernels.connection.base import (
    deserialize_msg_from_ws_v1,
    serialize_msg_to_ws_v1,
)
from jupyter_server.services.kernels.connection.channels import ZMQChannelsWebsocketConnection
from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager

SENT_AT = "mojito_sent_at"
V1 = "v1.kernel.websocket.jupyter.org"


class KernelManager(AsyncMappingKernelManager):
    """jupyter_server's kernel manager; a kernel replaced by the restarter is "starting" again."""

    async def start_kernel(self, *args: Any, **kwargs: Any) -> str:
        kernel_id: str = await super().start_kernel(*args, **kwargs)
        if kernel_id in self:
            self.add_restart_callback(kernel_id, partial(self._replaced, kernel_id), "restart")
        return kernel_id

    def _replaced(self, kernel_id: str) -> None:
        kernel = self._kernels.get(kernel_id)
        if kernel is not None:
            kernel.execution_state = "starting"


def stamp(ws_msg: Any, subprotocol: str | None, now: float) -> Any:
    """The websocket message with `metadata.mojito_sent_at = now` if it is an execute request."""
    if subprotocol == V1 and isinstance(ws_msg, bytes):
        channel, parts = deserialize_msg_from_ws_v1(ws_msg)
        if channel != "shell" or len(parts) < 4 or b"execute_request" not in parts[0]:
            return ws_msg
        if json.loads(parts[0]).get("msg_type") != "execute_request":
            return ws_msg
        metadata = json.loads(parts[2] or b"{}")
        metadata[SENT_AT] = now
        parts[2] = json.dumps(metadata).encode()
        return serialize_msg_to_ws_v1(parts, channel)
    if isinstance(ws_msg, str) and "execute_request" in ws_msg:
        msg = json.loads(ws_msg)
        if msg.get("channel", "shell") != "shell" or msg.get("header", {}).get("msg_type") != "execute_request":
            return ws_msg
        msg.setdefault("metadata", {})[SENT_AT] = now
        return json.dumps(msg)
    return ws_msg  # the legacy binary form (with buffers) is not stamped: such a request just runs


class WebsocketConnection(ZMQChannelsWebsocketConnection):
    """jupyter_server's kernel websocket; execute requests carry the time they were forwarded."""

    def handle_incoming_message(self, incoming_msg: Any) -> None:
        try:
            incoming_msg = stamp(incoming_msg, self.subprotocol, time.time())
        except (ValueError, TypeError, AttributeError, IndexError):
            pass  # not ours to judge: jupyter_server answers malformed messages itself
        super().handle_incoming_message(incoming_msg)

