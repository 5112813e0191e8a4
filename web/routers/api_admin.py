"""Admin JSON API under /api/v1/admin (session cookie of an admin; every change audited)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Query

from ..deps import ApiAdmin, Ctx, Db
from ..schemas import PlanIn, UserPatchIn
from ..services import admin

router = APIRouter(prefix="/api/v1/admin", tags=["admin"])


def _fail(exc: admin.AdminError) -> HTTPException:
    return HTTPException(exc.status, str(exc))


@router.get("/users")
async def users(
    actor: ApiAdmin, ctx: Ctx, db: Db, q: str = Query("", max_length=100)
) -> list[dict[str, Any]]:
    found = admin.find_users(db, q)
    today = admin.usage_today_minutes(ctx, db, found)
    disk = admin.disk_of(ctx, found)
    return [
        {
            "username": u.username,
            "email": u.email,
            "plan": u.plan_name,
            "admin": u.is_admin,
            "suspended": u.suspended,
            "email_verified": u.email_verified,
            "usage_today_minutes": today.get(u.id, 0.0),
            "disk": disk.get(u.id),
        }
        for u in found
    ]


@router.get("/users/{username}")
async def user(username: str, actor: ApiAdmin, ctx: Ctx, db: Db) -> dict[str, Any]:
    try:
        return admin.user_view(ctx, db, admin.get_user(db, username))
    except admin.AdminError as exc:
        raise _fail(exc) from None


@router.patch("/users/{username}")
async def patch_user(username: str, body: UserPatchIn, actor: ApiAdmin, ctx: Ctx, db: Db) -> dict[str, Any]:
    try:
        target = admin.get_user(db, username)
        admin.update_user(
            ctx, db, actor, target, plan=body.plan, overrides=body.overrides, suspended=body.suspended
        )
        db.flush()
        return admin.user_view(ctx, db, target)
    except admin.AdminError as exc:
        db.rollback()
        raise _fail(exc) from None


@router.post("/users/{username}/reset-usage")
async def reset_usage(username: str, actor: ApiAdmin, ctx: Ctx, db: Db) -> dict[str, str]:
    try:
        admin.reset_usage(ctx, db, actor, admin.get_user(db, username))
    except admin.AdminError as exc:
        raise _fail(exc) from None
    return {"status": "usage reset"}


@router.post("/users/{username}/stop-sessions")
async def stop_sessions(username: str, actor: ApiAdmin, ctx: Ctx, db: Db) -> dict[str, int]:
    try:
        return {"stopping": admin.stop_sessions(ctx, db, actor, admin.get_user(db, username))}
    except admin.AdminError as exc:
        raise _fail(exc) from None


@router.get("/pools")
async def pools(actor: ApiAdmin, ctx: Ctx) -> list[dict[str, Any]]:
    return admin.pools_view(ctx)


@router.get("/plans")
async def plans(actor: ApiAdmin, db: Db) -> list[dict[str, Any]]:
    return admin.plans_view(db)


@router.put("/plans/{name}")
async def put_plan(name: str, body: PlanIn, actor: ApiAdmin, ctx: Ctx, db: Db) -> dict[str, str]:
    try:
        admin.save_plan(ctx, db, actor, name, body.model_dump())
    except admin.AdminError as exc:
        raise _fail(exc) from None
    return {"status": "saved"}


@router.get("/audit")
async def audit_log(actor: ApiAdmin, db: Db) -> list[dict[str, Any]]:
    return admin.audit_view(db)
