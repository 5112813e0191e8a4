"""Pure ASGI middlewares (cheaper than Starlette's BaseHTTPMiddleware on every request).

ConcurrencyCap: a cap on requests in flight inside the application.

Sync endpoints and dependencies run in a thread pool of 40 and hold a database connection across
thread hops (dependency -> endpoint -> response validation). Without a cap, enough simultaneous
requests can leave every thread waiting for a connection held by a request that is waiting for a
thread: a deadlock until the pool times out. With fewer requests in flight than the pool has
connections, no request ever waits for a connection. Waiting requests wait here, on the event
loop, holding nothing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

Scope = dict[str, Any]
ASGIApp = Callable[[Scope, Any, Any], Awaitable[None]]

IN_FLIGHT = 30  # < thread pool (40) and < connection pool (10 + 40 overflow)


class ConcurrencyCap:
    def __init__(self, app: ASGIApp, limit: int = IN_FLIGHT):
        self.app = app
        self.limit = limit
        self._sem: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        if self._sem is None or self._loop is not loop:  # a semaphore belongs to one event loop
            self._sem, self._loop = asyncio.Semaphore(self.limit), loop
        async with self._sem:
            await self.app(scope, receive, send)


SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (
        b"content-security-policy",
        (
            b"default-src 'self'; img-src 'self' data:; style-src 'self'; "
            b"frame-ancestors 'none'; form-action 'self'"
        ),
    ),
]

SECURITY_HEADERS_NO_CSP = [h for h in SECURITY_HEADERS if h[0] != b"content-security-policy"]


class SecurityHeaders:
    """Headers that keep pages out of frames and stop content sniffing and inline scripts."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        # FastAPI's /docs and /redoc pages load Swagger UI / ReDoc from a CDN with inline script:
        # they get the other headers but not the CSP that would break them.
        extra = SECURITY_HEADERS_NO_CSP if scope["path"] in ("/docs", "/redoc") else SECURITY_HEADERS

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in extra if k not in present
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class SameOriginWrites:
    """State-changing calls of the JSON API (signup, login, logout, reset, launch, admin, ...) are
    refused when a browser says they come from another site: an `Origin` of another host (or
    `null`), or `Sec-Fetch-Site: cross-site` / `same-site` (a sibling subdomain, such as a user's
    own content, is another site here). Clients that are not browsers send neither header. The
    hub's internal API is authenticated by its bearer token instead and is not affected.
    """

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if (
            scope["type"] == "http"
            and scope["method"] in UNSAFE_METHODS
            and scope["path"].startswith("/api/")
            and not scope["path"].startswith("/api/v1/internal/")
            and self._cross_site(scope)
        ):
            body = b'{"detail":"cross-site request refused"}'
            await send({
                "type": "http.response.start",
                "status": 403,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
            })
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)

    @staticmethod
    def _cross_site(scope: Scope) -> bool:
        headers = dict(scope.get("headers") or [])
        if headers.get(b"sec-fetch-site", b"") in (b"cross-site", b"same-site"):
            return True
        origin = headers.get(b"origin")
        if origin is None:
            return False
        if origin == b"null":
            return True
        host = headers.get(b"host", b"")
        netloc = origin.split(b"://", 1)[-1].rstrip(b"/")
        return netloc.lower() != host.lower()
