"""A cap on requests in flight inside the application.

Sync endpoints and dependencies run in a thread pool of 40 and hold a database connection across
thread hops (dependency -> endpoint -> response validation). Without a cap, enough simultaneous
requests can leave every thread waiting for a connection held by a request that is waiting for a
thread: a deadlock until the pool times out. With fewer requests in flight than the pool has
connections, no request ever waits for a connection. Waiting requests wait here, on the event
loop, holding nothing.
"""

from __future__ import annotations

import asyncio
from typing import Any, Awaitable, Callable

Scope = dict[str, Any]
ASGIApp = Callable[[Scope, Any, Any], Awaitable[None]]

IN_FLIGHT = 30  # < thread pool (40) and < connection pool (10 + 40 overflow)


class ConcurrencyCap:
    def __init__(self, app: ASGIApp, limit: int = IN_FLIGHT):
        self.app = app
        self.limit = limit
        self._sem: asyncio.Semaphore | None = None

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self._sem is None:  # created lazily: it belongs to the loop that serves requests
            self._sem = asyncio.Semaphore(self.limit)
        async with self._sem:
            await self.app(scope, receive, send)
