"""The API the hub calls: admission, heartbeats, release, launch-token redemption (service token).

Async endpoints: SQL inline, Redis through redis.asyncio (ctx.alive()), see web/app.py.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy import select

from .. import tokens
from ..deps import Ctx, Db, require_service
from ..models import LoginSession
from ..schemas import AdmitIn, AdmitOut, HeartbeatOut, RedeemIn, RedeemOut, ReleaseOut, SessionReportIn, TokenIn
from ..services import accounts, bridge, sessions

router = APIRouter(
    prefix="/api/v1/internal", tags=["internal (hub)"], dependencies=[Depends(require_service)]
)


@router.post("/admit", response_model=AdmitOut, response_model_exclude_none=True)
async def admit(body: AdmitIn, ctx: Ctx, db: Db) -> dict[str, Any]:
    return await sessions.admit(ctx, db, body.username, body.pool)


@router.post(
    "/heartbeat", response_model=HeartbeatOut, response_model_exclude_none=True, response_model_by_alias=True
)
async def heartbeat(body: SessionReportIn, ctx: Ctx, db: Db) -> dict[str, Any]:
    return await sessions.heartbeat(ctx, db, body.session_id, sessions.UsageReport.of(body))


@router.post("/release", response_model=ReleaseOut)
async def release(body: SessionReportIn, ctx: Ctx) -> dict[str, Any]:
    return {"released": await sessions.release(ctx, body.session_id, sessions.UsageReport.of(body))}


@router.post(
    "/redeem", response_model=RedeemOut, responses={400: {"description": "invalid or expired launch token"}}
)
async def redeem(body: RedeemIn, ctx: Ctx, db: Db) -> dict[str, Any]:
    answer = await sessions.redeem_launch(ctx, db, body.token, browser=body.session,
                                          check_browser="session" in body.model_fields_set)
    if answer is None:
        raise HTTPException(400, "invalid or expired launch token")
    return answer


class LogoutIn(BaseModel):
    username: str = Field(max_length=64)
    session: str | None = Field(default=None, max_length=200)


@router.post("/logout-redeem", responses={400: {"description": "invalid, expired or used logout token"}})
async def logout_redeem(body: TokenIn, ctx: Ctx) -> dict[str, Any]:
    """The website's logout hands over to the hub with a single-use token: whose login ends."""
    username = await bridge.redeem_logout(ctx, body.token)
    if username is None:
        raise HTTPException(400, "invalid, expired or used logout token")
    return {"username": username}


@router.post("/logout")
async def logout(body: LogoutIn, db: Db) -> dict[str, Any]:
    """The hub logged a browser out: end that browser's website session (its cookie value) too."""
    ended = False
    if body.session:
        row = db.scalar(select(LoginSession).where(LoginSession.token_hash == tokens.digest(body.session)))
        if row is not None and row.user.username == body.username:
            accounts.end_session(db, body.session)
            ended = True
    return {"ended": ended}


@router.get("/pools")
async def pools(ctx: Ctx) -> dict[str, Any]:
    """The pools this site offers, so the hub can refuse at start-up what its backend cannot serve."""
    return {
        "pools": [
            {"name": name, "kind": p.kind, "capacity": p.capacity, "gpus_per_session": p.gpus_per_session}
            for name, p in sorted(ctx.settings.pools.items())
        ]
    }
