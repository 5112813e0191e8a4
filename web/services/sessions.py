"""Admission, heartbeats, release, usage and the launch bridge (Python side of services/lua.py)."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .. import tokens
from ..models import LoginSession, UsageDaily, User, utcnow
from ..policy import Limits, effective_limits, human_duration, next_reset, pools_of_kind, utc_day
from ..state import Context

LAUNCH_TTL = 30  # seconds a launch token is valid
ADMIT_LEFT_LABELS = {
    "unknown_user": "There is no such account.",
    "suspended": "This account is suspended; contact the administrators.",
    "unverified": "Confirm your email address first (see the link we mailed you).",
    "unknown_pool": "There is no such hardware pool.",
    "pool_not_allowed": "Your plan does not include this hardware pool.",
    "pool_unavailable": "This hardware pool has no capacity at the moment.",
    "max_sessions": "You already have as many sessions as your plan allows; stop one first.",
}
STOP_LABELS = {
    "quota_exhausted": "Today's quota for this kind of hardware is used up.",
    "max_session_length": "The session reached the maximum length of your plan.",
    "stopped_by_user": "You stopped this session.",
    "stopped_by_admin": "An administrator stopped this session.",
    "suspended": "This account is suspended.",
    "unknown_session": "This session has ended.",
}


def _reset_note(ctx: Context) -> str:
    now = ctx.clock()
    return f"it resets at 00:00 UTC (in {human_duration(next_reset(now).timestamp() - now)})"


def quota_reason(ctx: Context, kind: str, limits: Limits) -> str:
    minutes = limits.daily_gpu_minutes if kind == "gpu" else limits.daily_cpu_minutes
    return f"You have used today's {minutes} {kind.upper()}-minutes; {_reset_note(ctx)}."


def ensure_usage_loaded(ctx: Context, db: Session, user: User, pools: list[str], day_iso: str) -> list[float]:
    """Today's seconds per pool, re-seeding Redis from SQL where a counter is missing (restart)."""
    values = ctx.live.usage_values(user.username, pools, day_iso)
    if any(v is None for v in values):
        day = utc_day(ctx.clock())
        rows = dict(
            db.execute(
                select(UsageDaily.pool, UsageDaily.seconds).where(
                    UsageDaily.user_id == user.id, UsageDaily.day == day, UsageDaily.pool.in_(pools)
                )
            ).all()
        )
        for pool, v in zip(pools, values):
            if v is None:
                ctx.live.seed_usage(user.username, pool, day_iso, rows.get(pool, 0.0))
        values = [v or 0.0 for v in ctx.live.usage_values(user.username, pools, day_iso)]
    return [v or 0.0 for v in values]


async def ensure_usage_loaded_async(
    ctx: Context, db: Session, user: User, pools: list[str], day_iso: str
) -> None:
    """ensure_usage_loaded for the async hot path."""
    live = ctx.alive()
    values = await live.usage_values_async(user.username, pools, day_iso)
    if any(v is None for v in values):
        rows = dict(
            db.execute(
                select(UsageDaily.pool, UsageDaily.seconds).where(
                    UsageDaily.user_id == user.id,
                    UsageDaily.day == utc_day(ctx.clock()),
                    UsageDaily.pool.in_(pools),
                )
            ).all()
        )
        for pool, v in zip(pools, values, strict=True):
            if v is None:
                await live.seed_usage_async(user.username, pool, day_iso, rows.get(pool, 0.0))


def precheck(ctx: Context, db: Session, user: User, pool_name: str) -> tuple[str, str] | None:
    """(code, reason) if `pool_name` cannot be used by `user` now, whatever the pool's load."""
    refused = static_refusal(ctx, user, pool_name)
    if refused:
        return refused
    pool = ctx.settings.pools[pool_name]
    limits = effective_limits(user)
    day_iso = utc_day(ctx.clock()).isoformat()
    same_kind = pools_of_kind(ctx.settings.pools, pool.kind)
    used = sum(ensure_usage_loaded(ctx, db, user, same_kind, day_iso))
    if used >= limits.daily_seconds(pool.kind):
        return "quota_exhausted", quota_reason(ctx, pool.kind, limits)
    return None


def static_refusal(ctx: Context, user: User, pool_name: str) -> tuple[str, str] | None:
    """What refuses a pool from the account and plan alone (no live state needed)."""
    if user.suspended:
        return "suspended", ADMIT_LEFT_LABELS["suspended"]
    if not user.email_verified:
        return "unverified", ADMIT_LEFT_LABELS["unverified"]
    pool = ctx.settings.pools.get(pool_name)
    if pool is None:
        return "unknown_pool", ADMIT_LEFT_LABELS["unknown_pool"]
    limits = effective_limits(user)
    if pool_name not in limits.allowed_pools:
        return "pool_not_allowed", ADMIT_LEFT_LABELS["pool_not_allowed"]
    if pool.capacity <= 0:
        return "pool_unavailable", ADMIT_LEFT_LABELS["pool_unavailable"]
    return None


async def admit(ctx: Context, db: Session, username: str, pool_name: str) -> dict[str, Any]:
    user = db.scalar(select(User).where(User.username == username))
    if user is None:
        return await _deny(ctx, "unknown_user", ADMIT_LEFT_LABELS["unknown_user"])
    refused = static_refusal(ctx, user, pool_name)
    if refused:
        return await _deny(ctx, *refused)
    pool = ctx.settings.pools[pool_name]
    limits = effective_limits(user)
    day_iso = utc_day(ctx.clock()).isoformat()
    usage_pools = pools_of_kind(ctx.settings.pools, pool.kind)

    async def decide() -> list[str]:
        return await ctx.alive().admit_async(
            user=username,
            pool=pool_name,
            plan=user.plan_name,
            capacity=pool.capacity,
            max_sessions=limits.max_sessions,
            quota_seconds=limits.daily_seconds(pool.kind),
            usage_pools=usage_pools,
            day=day_iso,
        )

    result = await decide()
    if result[0] == "seed":  # first admission of the day, or Redis restarted: counters from SQL
        await ensure_usage_loaded_async(ctx, db, user, usage_pools, day_iso)
        result = await decide()
    if result[0] == "deny":
        code = result[1]
        reason = (
            quota_reason(ctx, pool.kind, limits) if code == "quota_exhausted" else ADMIT_LEFT_LABELS[code]
        )
        return {"decision": "deny", "code": code, "reason": reason}  # counted by the script
    if result[0] == "queue":
        return {
            "decision": "queue",
            "position": int(result[1]),
            "pool": pool_name,
            "retry_after": max(1, min(10, ctx.settings.queue_ttl // 4)),
        }
    return {
        "decision": "admit",
        "session_id": result[1],
        "pool": pool_name,
        "plan": user.plan_name,
        "heartbeat_interval": ctx.settings.heartbeat_interval,
        "heartbeat_timeout": ctx.settings.heartbeat_timeout,
        "limits": {
            "memory_mb": limits.memory_mb,
            "cpu_share": limits.cpu_share,
            "disk_mb": limits.disk_mb,
            "gpus": pool.gpus_per_session,
            "max_session_seconds": limits.max_session_minutes * 60,
            "idle_timeout_seconds": limits.idle_timeout_minutes * 60,
            "remaining_quota_seconds": int(float(result[2])),
        },
    }


async def _deny(ctx: Context, code: str, reason: str) -> dict[str, Any]:
    await ctx.alive().count_async('admissions_total{decision="deny"}')
    return {"decision": "deny", "code": code, "reason": reason}


def add_usage(db: Session, user_id: int, pool: str, day: Any, seconds: float) -> None:
    """Add seconds to the persistent daily usage (portable upsert for SQLite and PostgreSQL)."""
    if seconds <= 0:
        return
    for _ in range(3):
        hit = db.execute(
            update(UsageDaily)
            .where(UsageDaily.user_id == user_id, UsageDaily.pool == pool, UsageDaily.day == day)
            .values(seconds=UsageDaily.seconds + seconds)
        )
        if hit.rowcount:
            return
        try:
            with db.begin_nested():
                db.add(UsageDaily(user_id=user_id, pool=pool, day=day, seconds=seconds))
            return
        except IntegrityError:  # another heartbeat inserted the row first: update it
            continue


@dataclass(frozen=True)
class UsageReport:
    """What the hub measured of a session (docs/web.md): shown on the dashboards, never metered
    against a quota (session minutes are, by the heartbeats' clock)."""

    cpu_seconds: float | None = None
    disk: tuple[int, int] | None = None  # (used, size) bytes of the workspace

    @classmethod
    def of(cls, body: Any) -> UsageReport:
        disk = (body.disk.used_bytes, body.disk.size_bytes) if body.disk is not None else None
        return cls(body.cpu_seconds, disk)

    @property
    def empty(self) -> bool:
        return self.cpu_seconds is None and self.disk is None


async def _record(ctx: Context, session_id: str, user: str, report: UsageReport) -> None:
    if not report.empty:
        await ctx.alive().report_async(session_id, user, utc_day(ctx.clock()).isoformat(),
                                       report.cpu_seconds, report.disk)


async def release(ctx: Context, session_id: str, report: UsageReport | None = None) -> bool:
    live = ctx.alive()
    if report is not None and not report.empty:
        info = await live.session_async(session_id)
        if info is not None:  # the last figures, before the session's record goes
            await _record(ctx, session_id, info.user, report)
    return await live.release_async(session_id)


async def heartbeat(ctx: Context, db: Session, session_id: str,
                    report: UsageReport | None = None) -> dict[str, Any]:
    live = ctx.alive()
    info = await live.session_async(session_id)
    user = db.scalar(select(User).where(User.username == info.user)) if info else None
    if info is None or user is None:
        if info is not None:
            await live.release_async(session_id)
        return _stop("unknown_session")
    if report is not None:
        await _record(ctx, session_id, user.username, report)
    if user.suspended:
        await live.mark_stop_async(session_id, "suspended")
    pool = ctx.settings.pools.get(info.pool)
    kind = pool.kind if pool else "cpu"
    limits = effective_limits(user)
    now = ctx.clock()
    day = utc_day(now)
    same_kind = pools_of_kind(ctx.settings.pools, kind) or [info.pool]
    await ensure_usage_loaded_async(ctx, db, user, same_kind, day.isoformat())
    result = await live.heartbeat_async(
        session_id,
        usage_pool_key=live.usage_key(user.username, info.pool, day.isoformat()),
        other_usage_keys=[
            live.usage_key(user.username, p, day.isoformat()) for p in same_kind if p != info.pool
        ],
        quota_seconds=limits.daily_seconds(kind),
        max_session_seconds=limits.max_session_minutes * 60,
    )
    # Lua answers ['stop', code, elapsed] or ['continue', elapsed, quota left, session left].
    elapsed = float(result[2] if result[0] == "stop" else result[1])
    add_usage(db, user.id, info.pool, day, elapsed)
    if result[0] == "stop":
        code = result[1]
        if code == "quota_exhausted":
            return {"continue": False, "code": code, "reason": quota_reason(ctx, kind, limits)}
        return _stop(code)
    return {
        "continue": True,
        "remaining_quota_seconds": int(float(result[2])),
        "remaining_session_seconds": int(float(result[3])),
    }


def _stop(code: str) -> dict[str, Any]:
    return {"continue": False, "code": code, "reason": STOP_LABELS.get(code, "The session was stopped.")}


def reset_usage_today(ctx: Context, db: Session, user: User) -> None:
    day = utc_day(ctx.clock())
    db.execute(delete(UsageDaily).where(UsageDaily.user_id == user.id, UsageDaily.day == day))
    ctx.live.clear_usage(user.username, sorted(ctx.settings.pools), day.isoformat())


def stop_user_sessions(ctx: Context, user: User, code: str) -> int:
    return sum(ctx.live.mark_stop(s.session_id, code) for s in ctx.live.user_sessions(user.username))


def usage_summary(ctx: Context, db: Session, user: User) -> dict[str, Any]:
    """What /me and the dashboard show: quota, usage today per kind and pool, reset time."""
    now = ctx.clock()
    day_iso = utc_day(now).isoformat()
    limits = effective_limits(user)
    pools = sorted(ctx.settings.pools)
    per_pool = dict(zip(pools, ensure_usage_loaded(ctx, db, user, pools, day_iso))) if pools else {}
    kinds = {}
    for kind in ("cpu", "gpu"):
        used = sum(v for p, v in per_pool.items() if ctx.settings.pools[p].kind == kind)
        quota = limits.daily_seconds(kind)
        kinds[kind] = {
            "used_minutes": round(used / 60, 1),
            "quota_minutes": quota // 60,
            "percent": 100
            if quota <= 0 and used > 0
            else (min(100, round(100 * used / quota)) if quota else 0),
        }
    return {
        "day": day_iso,
        "resets_at": next_reset(now).isoformat().replace("+00:00", "Z"),
        "resets_in": human_duration(next_reset(now).timestamp() - now),
        "by_kind": kinds,
        "by_pool_minutes": {p: round(v / 60, 1) for p, v in per_pool.items()},
        # CPU time of the user's sessions today, from their cgroups (shown; the quota is minutes).
        "cpu_seconds_today": round(ctx.live.cpu_today(user.username, day_iso), 1),
        "disk": disk_summary(ctx, user),
        "history": usage_history(ctx, db, user),
    }


def usage_history(ctx: Context, db: Session, user: User, days: int = 7) -> list[dict[str, Any]]:
    """Minutes per day and pool over the last `days` UTC days, from SQL (survives restarts)."""
    since = utc_day(ctx.clock()) - dt.timedelta(days=days - 1)
    rows = db.execute(
        select(UsageDaily.day, UsageDaily.pool, UsageDaily.seconds)
        .where(UsageDaily.user_id == user.id, UsageDaily.day >= since)
        .order_by(UsageDaily.day.desc(), UsageDaily.pool)
    ).all()
    return [{"day": d.isoformat(), "pool": p, "minutes": round(sec / 60, 1)} for d, p, sec in rows]


def live_sessions(ctx: Context, user: User) -> list[dict[str, Any]]:
    now = ctx.clock()
    return [
        {
            "session_id": s.session_id,
            "pool": s.pool,
            "started": s.started,
            "running_for": human_duration(now - s.started),
            "stopping": s.stop is not None,
            # CPU time of all the session's processes, from its cgroup (None: not measured).
            "cpu_seconds": None if s.cpu_seconds is None else round(s.cpu_seconds, 1),
        }
        for s in ctx.live.user_sessions(user.username)
    ]


def human_bytes(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


def disk_summary(ctx: Context, user: User, use: Any = False) -> dict[str, Any] | None:
    """The workspace's use as last measured by the hub (it persists between sessions); `use`: an
    already read `DiskUse` (or None), else it is read here."""
    if use is False:
        use = ctx.live.disk_use(user.username)
    if use is None or use.size_bytes <= 0:
        return None
    percent = min(100, round(100 * use.used_bytes / use.size_bytes))
    return {
        "used_bytes": use.used_bytes,
        "size_bytes": use.size_bytes,
        "used": human_bytes(use.used_bytes),
        "size": human_bytes(use.size_bytes),
        "percent": percent,
        "full": use.size_bytes - use.used_bytes < max(0.02 * use.size_bytes, 8 << 20),
        "measured_at": dt.datetime.fromtimestamp(use.measured_at, dt.UTC).isoformat().replace("+00:00", "Z"),
        "measured_ago": human_duration(max(0.0, ctx.clock() - use.measured_at)),
    }


# launch bridge ------------------------------------------------------------------------------------
def mint_launch(ctx: Context, user: User, pool: str, notebook: str | None) -> str:
    jti = secrets.token_urlsafe(16)
    next_path = f"/hub/user-redirect/lab/tree/examples/{quote(notebook)}" if notebook else None
    token = tokens.sign(
        ctx.session_key,
        {
            "jti": jti,
            "sub": user.username,
            "pool": pool,
            "next": next_path,
            "exp": int(ctx.clock()) + LAUNCH_TTL,
        },
    )
    ctx.live.remember_launch(jti, user.username, LAUNCH_TTL + 5)
    url = f"/hub/login?token={token}"
    if next_path:
        url += "&next=" + quote(next_path, safe="")
    return url


def _logged_in_as(db: Session, cookie: str | None, user: User) -> bool:
    if not cookie or len(cookie) > 200:
        return False
    row = db.scalar(select(LoginSession).where(LoginSession.token_hash == tokens.digest(cookie)))
    return row is not None and row.user_id == user.id and row.expires_at >= utcnow()


async def redeem_launch(ctx: Context, db: Session, token: str, browser: str | None = None,
                        check_browser: bool = False) -> dict[str, Any] | None:
    """Whose launch token this is; with check_browser, only if `browser` (the website session
    cookie of the browser presenting it) is a live login of that same user (schemas.RedeemIn).
    The token is used up either way."""
    payload = tokens.unsign(ctx.session_key, token) if len(token) < 2000 else None
    if payload is None or not isinstance(payload.get("exp"), int) or payload["exp"] < ctx.clock():
        return None
    jti, sub = payload.get("jti"), payload.get("sub")
    if not isinstance(jti, str) or await ctx.alive().consume_launch_async(jti) != sub:
        return None
    user = db.scalar(select(User).where(User.username == sub))
    if user is None or user.suspended:
        return None
    if check_browser and not _logged_in_as(db, browser, user):
        return None
    return {
        "username": user.username,
        "admin": user.is_admin,
        "plan": user.plan_name,
        "pool": payload.get("pool"),
        "next": payload.get("next"),
    }
