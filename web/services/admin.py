"""Admin operations shared by the admin JSON API and the admin pages (each one audited)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..models import AuditEntry, Plan, UsageDaily, User
from ..policy import clean_overrides, effective_limits, plan_values, utc_day
from ..state import Context
from . import audit, sessions


class AdminError(ValueError):
    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status


def find_users(db: Session, q: str = "", limit: int = 200) -> list[User]:
    stmt = select(User).order_by(User.username).limit(limit)
    q = q.strip().lower()[:100]
    if q:
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(or_(User.username.like(like, escape="\\"), User.email.like(like, escape="\\")))
    return list(db.scalars(stmt))


def usage_today_minutes(ctx: Context, db: Session, users: list[User]) -> dict[int, float]:
    day = utc_day(ctx.clock())
    rows = db.execute(
        select(UsageDaily.user_id, func.sum(UsageDaily.seconds))
        .where(UsageDaily.day == day, UsageDaily.user_id.in_([u.id for u in users]))
        .group_by(UsageDaily.user_id)
    ).all()
    return {uid: round((secs or 0) / 60, 1) for uid, secs in rows}


def disk_of(ctx: Context, users: list[User]) -> dict[int, dict[str, Any]]:
    """Each user's workspace use as last measured (users never measured are left out)."""
    uses = ctx.live.disk_uses([u.username for u in users])
    out = {}
    for u in users:
        summary = sessions.disk_summary(ctx, u, uses.get(u.username))
        if summary is not None:
            out[u.id] = summary
    return out


def user_view(ctx: Context, db: Session, user: User) -> dict[str, Any]:
    return {
        "username": user.username,
        "email": user.email,
        "admin": user.is_admin,
        "email_verified": user.email_verified,
        "suspended": user.suspended,
        "plan": user.plan_name,
        "overrides": user.overrides or {},
        "effective": effective_limits(user).as_dict(),
        "usage": sessions.usage_summary(ctx, db, user),
        "sessions": sessions.live_sessions(ctx, user),
        "created_at": user.created_at.isoformat(),
    }


def get_user(db: Session, username: str) -> User:
    user = db.scalar(select(User).where(User.username == username[:30]))
    if user is None:
        raise AdminError("no such user", 404)
    return user


def update_user(
    ctx: Context,
    db: Session,
    actor: User,
    user: User,
    *,
    plan: str | None = None,
    overrides: dict[str, Any] | None = None,
    suspended: bool | None = None,
) -> None:
    if plan is not None and plan != user.plan_name:
        if db.get(Plan, plan) is None:
            raise AdminError(f"no such plan: {plan}")
        audit.record(db, actor.username, "set_plan", user.username, old=user.plan_name, new=plan)
        user.plan_name = plan
        db.flush()
        db.refresh(user)
    if overrides is not None:
        try:
            cleaned = clean_overrides(overrides)
        except (ValueError, TypeError) as exc:
            raise AdminError(str(exc)) from None
        if cleaned != (user.overrides or {}):
            audit.record(db, actor.username, "set_overrides", user.username, old=user.overrides, new=cleaned)
            user.overrides = cleaned
    if suspended is not None and suspended != user.suspended:
        if user.id == actor.id:
            raise AdminError("you cannot suspend yourself")
        audit.record(db, actor.username, "suspend" if suspended else "unsuspend", user.username)
        user.suspended = suspended
        if suspended:
            sessions.stop_user_sessions(ctx, user, "suspended")


def reset_usage(ctx: Context, db: Session, actor: User, user: User) -> None:
    sessions.reset_usage_today(ctx, db, user)
    audit.record(db, actor.username, "reset_usage", user.username)


def stop_sessions(ctx: Context, db: Session, actor: User, user: User) -> int:
    n = sessions.stop_user_sessions(ctx, user, "stopped_by_admin")
    audit.record(db, actor.username, "stop_sessions", user.username, count=n)
    return n


def pools_view(ctx: Context) -> list[dict[str, Any]]:
    ctx.live.reap()  # count only sessions that still send heartbeats
    out = []
    for name, pool in sorted(ctx.settings.pools.items()):
        in_use, queued = ctx.live.pool_load(name)
        out.append(
            {
                "name": name,
                "kind": pool.kind,
                "capacity": pool.capacity,
                "in_use": in_use,
                "queued": queued,
                "gpus_per_session": pool.gpus_per_session,
                "description": pool.description,
            }
        )
    return out


def plans_view(db: Session) -> list[dict[str, Any]]:
    return [{"name": p.name, **plan_values(p)} for p in db.scalars(select(Plan).order_by(Plan.name))]


def save_plan(ctx: Context, db: Session, actor: User, name: str, values: dict[str, Any]) -> None:
    unknown = [p for p in values["allowed_pools"] if p not in ctx.settings.pools]
    if unknown:
        raise AdminError(f"unknown pools: {', '.join(unknown)}")
    plan = db.get(Plan, name)
    if plan is None:
        raise AdminError("no such plan", 404)
    old = plan_values(plan)
    for key, value in values.items():
        setattr(plan, key, value)
    audit.record(db, actor.username, "edit_plan", name, old=old, new=values)


def audit_view(db: Session, limit: int = 200) -> list[dict[str, Any]]:
    rows = db.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
    return [
        {
            "at": r.at.isoformat(timespec="seconds") + "Z",
            "actor": r.actor,
            "action": r.action,
            "target": r.target,
            "detail": r.detail,
        }
        for r in rows
    ]
