"""Pydantic models at the edge of the JSON API (validated input, documented output)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Str30 = Field(min_length=1, max_length=30)


class In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SignupIn(In):
    email: str = Field(max_length=254)
    username: str = Field(max_length=30)
    password: str = Field(max_length=256)


class TokenIn(In):
    token: str = Field(max_length=2000)


class RedeemIn(TokenIn):
    # The browser's website login (the `mojito_session` cookie the hub saw beside the token). When
    # given (our hub always gives it, null without a cookie), the token is honoured only for a
    # browser logged in to the website as the token's user: else a token minted for one account
    # and handed to somebody else's browser logs that browser into the first account's hub and
    # lab (login CSRF; that lab's trusted outputs then run on the site's origin as the victim).
    session: str | None = Field(default=None, max_length=200)


class LoginIn(In):
    username: str = Field(max_length=254, description="username or email")
    password: str = Field(max_length=256)


class PasswordChangeIn(In):
    old_password: str = Field(max_length=256)
    new_password: str = Field(max_length=256)


class ResetIn(In):
    email: str = Field(max_length=254)


class ResetConfirmIn(In):
    token: str = Field(max_length=200)
    new_password: str = Field(max_length=256)


class LaunchIn(In):
    pool: str = Field(max_length=40)
    notebook: str | None = Field(default=None, max_length=100, pattern=r"^[A-Za-z0-9_.-]+\.ipynb$")


class LaunchOut(BaseModel):
    url: str
    expires_in: int


class StatusOut(BaseModel):
    status: str


class AdmitIn(In):
    username: str = Field(max_length=30)
    pool: str = Field(max_length=40)


class SessionIn(In):
    session_id: str = Field(max_length=64)


class DiskIn(In):
    used_bytes: int = Field(ge=0, le=1 << 50)
    size_bytes: int = Field(ge=0, le=1 << 50)


class SessionReportIn(SessionIn):
    """A heartbeat or release, with what the session used so far where the hub measures it."""

    cpu_seconds: float | None = Field(default=None, ge=0, le=1e10)
    disk: DiskIn | None = None


class AdmitOut(BaseModel):
    decision: Literal["admit", "queue", "deny"]
    session_id: str | None = None
    pool: str | None = None
    plan: str | None = None
    position: int | None = None
    retry_after: int | None = None
    heartbeat_interval: int | None = None
    heartbeat_timeout: int | None = None
    limits: dict[str, Any] | None = None
    code: str | None = None
    reason: str | None = None


class HeartbeatOut(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    continue_: bool = Field(alias="continue", serialization_alias="continue")
    remaining_quota_seconds: int | None = None
    remaining_session_seconds: int | None = None
    code: str | None = None
    reason: str | None = None


class ReleaseOut(BaseModel):
    released: bool


class RedeemOut(BaseModel):
    username: str
    admin: bool
    plan: str
    pool: str | None
    next: str | None


class UserPatchIn(In):
    plan: str | None = Field(default=None, max_length=40)
    overrides: dict[str, int | float | None] | None = None
    suspended: bool | None = None


class PlanIn(In):
    allowed_pools: list[str] = Field(max_length=20)
    max_sessions: int = Field(ge=0, le=1000)
    daily_cpu_minutes: int = Field(ge=0, le=1440 * 31)
    daily_gpu_minutes: int = Field(ge=0, le=1440 * 31)
    max_session_minutes: int = Field(ge=1, le=1440 * 31)
    idle_timeout_minutes: int = Field(ge=1, le=1440 * 31)
    memory_mb: int = Field(ge=64, le=1 << 22)
    cpu_share: float = Field(gt=0, le=1024)
    disk_mb: int = Field(ge=1, le=1 << 24)
