"""Effective limits of a user: the plan's values with the user's overrides on top."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .config import PLAN_FIELDS, Pool
from .models import Plan, User

# Overrides an admin may set per user, with the type each must have.
OVERRIDABLE: dict[str, type] = {
    "max_sessions": int,
    "daily_cpu_minutes": int,
    "daily_gpu_minutes": int,
    "max_session_minutes": int,
    "idle_timeout_minutes": int,
    "memory_mb": int,
    "cpu_share": float,
    "disk_mb": int,
}


@dataclass(frozen=True)
class Limits:
    allowed_pools: list[str]
    max_sessions: int
    daily_cpu_minutes: int
    daily_gpu_minutes: int
    max_session_minutes: int
    idle_timeout_minutes: int
    memory_mb: int
    cpu_share: float
    disk_mb: int

    def daily_seconds(self, kind: str) -> int:
        return 60 * (self.daily_gpu_minutes if kind == "gpu" else self.daily_cpu_minutes)

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in PLAN_FIELDS}


def plan_values(plan: Plan) -> dict[str, Any]:
    return {k: getattr(plan, k) for k in PLAN_FIELDS}


def effective_limits(user: User) -> Limits:
    values = plan_values(user.plan)
    for key, value in (user.overrides or {}).items():
        if key in OVERRIDABLE and value is not None:
            values[key] = OVERRIDABLE[key](value)
    values["allowed_pools"] = list(values["allowed_pools"] or [])
    return Limits(**values)


def clean_overrides(raw: dict[str, Any]) -> dict[str, Any]:
    """Keep known keys with non-negative values of the right type; raise ValueError otherwise."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in OVERRIDABLE:
            raise ValueError(f"unknown quota field {key!r}")
        if value is None or value == "":
            continue
        converted = OVERRIDABLE[key](value)
        if converted < 0:
            raise ValueError(f"{key} must not be negative")
        out[key] = converted
    return out


def utc_day(now: float) -> dt.date:
    return dt.datetime.fromtimestamp(now, dt.UTC).date()


def next_reset(now: float) -> dt.datetime:
    day = utc_day(now) + dt.timedelta(days=1)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def human_duration(seconds: float) -> str:
    minutes = max(0, int(seconds // 60))
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"


def pools_of_kind(pools: dict[str, Pool], kind: str) -> list[str]:
    return sorted(name for name, pool in pools.items() if pool.kind == kind)
