"""The API the hub calls: admission, heartbeats, release, launch-token redemption (service token).

Async endpoints: SQL inline, Redis through redis.asyncio (ctx.alive()), see web/app.py.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException

from ..deps import Ctx, Db, require_service
from ..schemas import AdmitIn, AdmitOut, HeartbeatOut, RedeemOut, ReleaseOut, SessionIn, TokenIn
from ..services import sessions

router = APIRouter(
    prefix="/api/v1/internal", tags=["internal (hub)"], dependencies=[Depends(require_service)]
)


@router.post("/admit", response_model=AdmitOut, response_model_exclude_none=True)
async def admit(body: AdmitIn, ctx: Ctx, db: Db) -> dict[str, Any]:
    return await sessions.admit(ctx, db, body.username, body.pool)


@router.post(
    "/heartbeat", response_model=HeartbeatOut, response_model_exclude_none=True, response_model_by_alias=True
)
async def heartbeat(body: SessionIn, ctx: Ctx, db: Db) -> dict[str, Any]:
    return await sessions.heartbeat(ctx, db, body.session_id)


@router.post("/release", response_model=ReleaseOut)
async def release(body: SessionIn, ctx: Ctx) -> dict[str, Any]:
    return {"released": await ctx.alive().release_async(body.session_id)}


@router.post(
    "/redeem", response_model=RedeemOut, responses={400: {"description": "invalid or expired launch token"}}
)
async def redeem(body: TokenIn, ctx: Ctx, db: Db) -> dict[str, Any]:
    answer = await sessions.redeem_launch(ctx, db, body.token)
    if answer is None:
        raise HTTPException(400, "invalid or expired launch token")
    return answer
