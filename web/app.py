"""The FastAPI application: routers per area, one Context per running site.

Concurrency model: endpoints are `async def` and call SQLite/PostgreSQL and Redis inline. Those
calls go to local services and take a fraction of a millisecond; handing them to the thread pool
costs more (GIL hand-offs between the loop and worker threads added tens of milliseconds at p99
under load, measured with bench/web_load.py). The hub's hot path (admit, heartbeat, release,
redeem) talks to Redis through redis.asyncio, so the loop serves other requests while a script
runs. Only what is slow by design runs in the thread pool: argon2 hashing (login, signup,
password changes; argon2 releases the GIL) and sending mail.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .bootstrap import bootstrap
from .concurrency import BodyLimit, ConcurrencyCap, SameOriginWrites, SecurityHeaders
from .config import PACKAGE_DIR, Settings, load_settings
from .render import page
from .routers import admin_pages, api_admin, api_internal, api_user, health, pages, shares, tryit
from .state import build_context


def _wants_html(request: Request) -> bool:
    # Pages answer errors as pages, unless the client asked for JSON explicitly.
    return not request.url.path.startswith(
        ("/api/", "/healthz", "/metrics", "/openapi", "/docs")
    ) and "application/json" not in request.headers.get("accept", "")


def create_app(settings: Settings | None = None, clock: Callable[[], float] = time.time) -> FastAPI:
    settings = settings or load_settings()
    ctx = build_context(settings, clock)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        bootstrap(ctx)
        # Everything loaded so far lives as long as the process: keep it out of the cyclic GC's
        # full collections, which otherwise walk it again and again under load (long p99 pauses).
        gc.freeze()
        yield
        ctx.engine.dispose()
        ctx.live.r.close()
        if ctx._alive is not None and ctx._alive_loop is asyncio.get_running_loop():
            await ctx._alive.r.aclose()

    app = FastAPI(
        title="Mojito",
        version="0.1.0",
        lifespan=lifespan,
        description="The Mojito playground website: accounts, quotas, launch, admin, and the hub's API.",
    )
    app.state.ctx = ctx
    app.add_middleware(SecurityHeaders)
    app.add_middleware(SameOriginWrites)
    app.add_middleware(ConcurrencyCap)
    # Outermost: an oversized body is refused before it is read or holds a request slot.
    share_limit = shares.MAX_BYTES + (64 << 10)  # the notebook plus its name and form framing
    app.add_middleware(BodyLimit, larger={"/api/v1/shares": share_limit, "/shares": share_limit})
    app.mount("/static", StaticFiles(directory=str(PACKAGE_DIR / "static")), name="static")
    for module in (health, api_internal, api_user, api_admin, pages, admin_pages, tryit, shares):
        app.include_router(module.router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = getattr(exc, "headers", None)
        if _wants_html(request):
            response = page(
                request, ctx, "error.html", status=exc.status_code, code=exc.status_code, message=exc.detail
            )
            response.headers.update(headers or {})
            return response
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": list(e.get("loc", [])), "msg": e.get("msg", "")} for e in exc.errors()]
        if _wants_html(request):
            return page(
                request,
                ctx,
                "error.html",
                status=422,
                code=422,
                message="Some fields were missing or too long: "
                + ", ".join(str(e["loc"][-1]) for e in errors),
            )
        return JSONResponse({"detail": errors}, status_code=422)

    return app
