"""A scriptable stand-in for web/'s internal API (docs/web.md), for the hub's unit tests only.

The integration tests in test_with_web.py run against the real website instead.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from typing import Any

from aiohttp import web


class FakeWeb:
    def __init__(self, token: str = "fake-service-token"):
        self.token = token
        self.scripted: dict[str, list[dict[str, Any]]] = {}  # username -> admission answers to give
        self.limits: dict[str, Any] = {"memory_mb": 512, "cpu_share": 1.0, "idle_timeout_seconds": 0}
        self.sessions: dict[str, str] = {}  # session_id -> username
        self.stop_sessions: dict[str, str] = {}  # session_id -> reason
        self.released: list[str] = []
        self.admit_calls: list[tuple[str, str]] = []
        self.heartbeats: list[str] = []
        self.tokens: dict[str, dict[str, Any]] = {}  # launch token -> redeem answer (used once)
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None

    def _authorized(self, request: web.Request) -> bool:
        return request.headers.get("Authorization") == f"Bearer {self.token}"

    async def _admit(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return web.json_response({"detail": "service token required"}, status=401)
        body = await request.json()
        self.admit_calls.append((body["username"], body["pool"]))
        script = self.scripted.get(body["username"])
        if script:
            return web.json_response(script.pop(0))
        session_id = "s_" + uuid.uuid4().hex[:12]
        self.sessions[session_id] = body["username"]
        return web.json_response({"decision": "admit", "session_id": session_id, "pool": body["pool"],
                                  "heartbeat_interval": 1, "heartbeat_timeout": 5,
                                  "limits": self.limits, "plan": "free"})

    async def _heartbeat(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return web.json_response({"detail": "service token required"}, status=401)
        session_id = (await request.json())["session_id"]
        self.heartbeats.append(session_id)
        if session_id in self.stop_sessions:
            return web.json_response({"continue": False, "code": "quota_exhausted",
                                      "reason": self.stop_sessions[session_id]})
        return web.json_response({"continue": True, "remaining_quota_seconds": 3000})

    async def _release(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return web.json_response({"detail": "service token required"}, status=401)
        session_id = (await request.json())["session_id"]
        self.released.append(session_id)
        return web.json_response({"released": self.sessions.pop(session_id, None) is not None})

    async def _redeem(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return web.json_response({"detail": "service token required"}, status=401)
        answer = self.tokens.pop((await request.json())["token"], None)
        if answer is None:
            return web.json_response({"detail": "invalid or expired launch token"}, status=400)
        return web.json_response(answer)

    async def _site(self, request: web.Request) -> web.Response:
        return web.Response(text=f"website page {request.path}", content_type="text/html")

    def start(self) -> None:
        ready = threading.Event()

        async def main() -> None:
            app = web.Application()
            app.router.add_post("/api/v1/internal/admit", self._admit)
            app.router.add_post("/api/v1/internal/heartbeat", self._heartbeat)
            app.router.add_post("/api/v1/internal/release", self._release)
            app.router.add_post("/api/v1/internal/redeem", self._redeem)
            app.router.add_get("/{tail:.*}", self._site)
            self._runner = web.AppRunner(app)
            await self._runner.setup()
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            await site.start()
            self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            ready.set()

        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        asyncio.run_coroutine_threadsafe(main(), self._loop)
        ready.wait(10)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        if self._loop is None:
            return
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()
