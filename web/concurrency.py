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


class BodyTooLarge(Exception):
    """Raised from `receive` when a request body without (or with a false) Content-Length grows
    past the limit; turned into a 413 here or by FastAPI's HTTPException handling."""


DEFAULT_BODY_LIMIT = 1 << 20  # JSON and forms: a 64 KiB try-it program escaped as \uXXXX fits


class BodyLimit:
    """A cap on request bodies, checked before the application reads any of them.

    Starlette reads a whole body into memory before FastAPI validates it: without a cap, one
    request of 1 GB took 1.5 GB of the website's memory and stalled every other request for
    seconds while it was parsed (measured), and thirty at once (ConcurrencyCap lets them all in)
    would exhaust the host. A declared Content-Length over the limit is refused at once; a
    chunked body is counted as it arrives and refused when it passes the limit.
    `larger` raises the limit for the paths that take bigger uploads (shared notebooks).
    """

    def __init__(self, app: ASGIApp, default: int = DEFAULT_BODY_LIMIT,
                 larger: dict[str, int] | None = None):
        self.app = app
        self.default = default
        self.larger = dict(larger or {})

    def limit_for(self, path: str) -> int:
        return self.larger.get(path.rstrip("/") or "/", self.default)

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > limit
            except ValueError:
                too_big = False  # the server refuses a malformed length itself
            if too_big:
                await self._refuse(send, limit)
                return
        received = 0
        started = False

        async def counted() -> dict[str, Any]:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    from starlette.exceptions import HTTPException

                    # FastAPI re-raises an HTTPException from its body parsing (any other error
                    # would become a 400), so the app's handler answers 413 as a page or JSON.
                    raise HTTPException(413, self._message(limit))
            return message

        async def watched(message: dict[str, Any]) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except Exception as exc:  # an endpoint that reads the body itself, outside FastAPI's parsing
            if received <= limit or started or getattr(exc, "status_code", None) not in (413, None):
                raise
            await self._refuse(send, limit)

    @staticmethod
    def _message(limit: int) -> str:
        size = f"{limit // (1 << 20)} MiB" if limit >= 1 << 20 else f"{limit // 1024} KiB"
        return f"request body too large (the limit is {size})"

    async def _refuse(self, send: Any, limit: int) -> None:
        body = ('{"detail":"%s"}' % self._message(limit)).encode()
        await send({
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                        (b"connection", b"close")],
        })
        await send({"type": "http.response.body", "body": body})
