"""Liveness and Prometheus metrics."""

from __future__ import annotations

import hmac
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, PlainTextResponse

from ..db import ping
from ..deps import Ctx

router = APIRouter(tags=["operations"])


@router.get("/healthz")
async def healthz(ctx: Ctx) -> JSONResponse:
    checks: dict[str, Any] = {}
    for name, probe in (("database", lambda: ping(ctx.engine)), ("redis", ctx.live.ping)):
        try:
            probe()
            checks[name] = "ok"
        except Exception as exc:  # noqa: BLE001 - any failure means "down"; the type tells the operator why
            checks[name] = f"down: {type(exc).__name__}"
    ok = all(v == "ok" for v in checks.values())
    return JSONResponse({"status": "ok" if ok else "degraded", **checks}, status_code=200 if ok else 503)


LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def _may_scrape(request: Request, ctx: Ctx) -> bool:
    """A scraper with the metrics token (`Authorization: Bearer ...`), or a direct scrape from this
    host: a request that came through a proxy (X-Forwarded-For, Forwarded) is not a local one, even
    when the proxy itself runs on loopback."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if ctx.settings.metrics_token and scheme.lower() == "bearer":
        return hmac.compare_digest(token.strip().encode(), ctx.settings.metrics_token.encode())
    forwarded = "x-forwarded-for" in request.headers or "forwarded" in request.headers
    return not forwarded and request.client is not None and request.client.host in LOOPBACK


@router.get("/metrics", response_class=PlainTextResponse)
async def metrics(request: Request, ctx: Ctx) -> str:
    if not _may_scrape(request, ctx):
        raise HTTPException(403, "metrics are served to a loopback scrape or with the metrics token")
    counters = ctx.live.counters()
    lines = []
    for name, help_text in (
        ("signups_total", "Accounts created"),
        ("logins_total", "Login attempts"),
        ("admissions_total", "Admission decisions"),
    ):
        lines += [f"# HELP mojito_{name} {help_text}.", f"# TYPE mojito_{name} counter"]
        series = {k: v for k, v in counters.items() if k.split("{")[0] == name}
        if not series:
            lines.append(f"mojito_{name} 0")
        lines += [f"mojito_{k} {v}" for k, v in sorted(series.items())]
    ctx.live.reap()  # sessions whose heartbeats stopped are not active
    loads = {name: ctx.live.pool_load(name) for name in sorted(ctx.settings.pools)}
    for metric, help_text, idx in (
        ("active_sessions", "Sessions running per pool", 0),
        ("queued_users", "Users waiting per pool", 1),
    ):
        lines += [f"# HELP mojito_{metric} {help_text}.", f"# TYPE mojito_{metric} gauge"]
        lines += [f'mojito_{metric}{{pool="{name}"}} {load[idx]}' for name, load in loads.items()]
    return "\n".join(lines) + "\n"
