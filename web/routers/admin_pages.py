"""The admin dashboard pages: users, a user's page, pools, plans, audit log."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from ..deps import Csrf, Ctx, Db
from ..models import User
from ..policy import OVERRIDABLE
from ..render import page, redirect
from ..services import admin
from .pages import PageUser

router = APIRouter(prefix="/admin", include_in_schema=False)


async def page_admin(request: Request, user: PageUser) -> User:
    if user is None:
        raise HTTPException(401, "Log in as an administrator.")
    if not user.is_admin:
        raise HTTPException(403, "Administrators only.")
    return user


Admin = Annotated[User, Depends(page_admin)]


@router.get("")
async def users(
    request: Request, ctx: Ctx, db: Db, actor: Admin, q: str = Query("", max_length=100)
) -> Response:
    found = admin.find_users(db, q)
    return page(
        request, ctx, "admin/users.html", users=found, q=q, usage=admin.usage_today_minutes(ctx, db, found),
        disk=admin.disk_of(ctx, found),
    )


@router.get("/users/{username}")
async def user(
    username: str, request: Request, ctx: Ctx, db: Db, actor: Admin, error: str | None = None
) -> Response:
    try:
        target = admin.get_user(db, username)
    except admin.AdminError as exc:
        raise HTTPException(exc.status, str(exc)) from None
    return page(
        request,
        ctx,
        "admin/user.html",
        target=admin.user_view(ctx, db, target),
        plans=[p["name"] for p in admin.plans_view(db)],
        fields=list(OVERRIDABLE),
        error=error,
    )


@router.post("/users/{username}", dependencies=[Csrf])
async def user_action(username: str, request: Request, ctx: Ctx, db: Db, actor: Admin) -> Response:
    form = await request.form()
    action = str(form.get("action", ""))
    try:
        target = admin.get_user(db, username)
        if action == "plan":
            admin.update_user(ctx, db, actor, target, plan=str(form.get("plan", ""))[:40])
        elif action == "overrides":
            admin.update_user(
                ctx, db, actor, target, overrides={k: str(form.get(k, ""))[:20] for k in OVERRIDABLE}
            )
        elif action in ("suspend", "unsuspend"):
            admin.update_user(ctx, db, actor, target, suspended=action == "suspend")
        elif action == "reset_usage":
            admin.reset_usage(ctx, db, actor, target)
        elif action == "stop_sessions":
            admin.stop_sessions(ctx, db, actor, target)
        else:
            raise admin.AdminError("unknown action")
    except admin.AdminError as exc:
        db.rollback()
        target = admin.get_user(db, username) if exc.status != 404 else None
        if target is None:
            raise HTTPException(exc.status, str(exc)) from None
        return page(
            request,
            ctx,
            "admin/user.html",
            status=exc.status,
            target=admin.user_view(ctx, db, target),
            plans=[p["name"] for p in admin.plans_view(db)],
            fields=list(OVERRIDABLE),
            error=str(exc),
        )
    return redirect(f"/admin/users/{target.username}")


@router.get("/pools")
async def pools(request: Request, ctx: Ctx, actor: Admin) -> Response:
    return page(request, ctx, "admin/pools.html", pools=admin.pools_view(ctx))


@router.get("/plans")
async def plans(request: Request, ctx: Ctx, db: Db, actor: Admin) -> Response:
    return page(
        request,
        ctx,
        "admin/plans.html",
        plans=admin.plans_view(db),
        pools=sorted(ctx.settings.pools),
        error=None,
    )


@router.post("/plans/{name}", dependencies=[Csrf])
async def save_plan(name: str, request: Request, ctx: Ctx, db: Db, actor: Admin) -> Response:
    from pydantic import ValidationError

    from ..schemas import PlanIn

    form = await request.form()
    values: dict[str, Any] = {k: form.get(k) for k in PlanIn.model_fields if k != "allowed_pools"}
    values["allowed_pools"] = [str(p) for p in form.getlist("allowed_pools")]
    try:
        admin.save_plan(ctx, db, actor, name[:40], PlanIn.model_validate(values).model_dump())
    except (ValidationError, admin.AdminError) as exc:
        db.rollback()
        msg = (
            str(exc)
            if isinstance(exc, admin.AdminError)
            else "; ".join(f"{e['loc'][0]}: {e['msg']}" for e in exc.errors())
        )
        return page(
            request,
            ctx,
            "admin/plans.html",
            status=422,
            plans=admin.plans_view(db),
            pools=sorted(ctx.settings.pools),
            error=msg,
        )
    return redirect("/admin/plans")


@router.get("/audit")
async def audit(request: Request, ctx: Ctx, db: Db, actor: Admin) -> Response:
    return page(request, ctx, "admin/audit.html", entries=admin.audit_view(db))
