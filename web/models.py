"""SQL tables: what must survive a restart (accounts, plans, usage history, audit log)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Plan(Base):
    __tablename__ = "plans"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    allowed_pools: Mapped[list[str]] = mapped_column(JSON, default=list)
    max_sessions: Mapped[int] = mapped_column(Integer, default=1)
    daily_cpu_minutes: Mapped[int] = mapped_column(Integer, default=60)
    daily_gpu_minutes: Mapped[int] = mapped_column(Integer, default=0)
    max_session_minutes: Mapped[int] = mapped_column(Integer, default=120)
    idle_timeout_minutes: Mapped[int] = mapped_column(Integer, default=30)
    memory_mb: Mapped[int] = mapped_column(Integer, default=2048)
    cpu_share: Mapped[float] = mapped_column(Float, default=1.0)
    disk_mb: Mapped[int] = mapped_column(Integer, default=1024)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(30), unique=True, index=True)
    email: Mapped[str] = mapped_column(String(254), unique=True, index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    email_verified: Mapped[bool] = mapped_column(Boolean, default=False)
    suspended: Mapped[bool] = mapped_column(Boolean, default=False)
    plan_name: Mapped[str] = mapped_column(ForeignKey("plans.name"))
    # Per-user quota overrides on top of the plan: {"daily_cpu_minutes": 600, ...}
    overrides: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    plan: Mapped[Plan] = relationship(lazy="joined")


class LoginSession(Base):
    """A browser login; the cookie holds a random token, the table only its SHA-256."""

    __tablename__ = "login_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)

    user: Mapped[User] = relationship(lazy="joined")


class EmailToken(Base):
    """Single-use link sent by email: purpose 'verify' or 'reset'. Only the SHA-256 is stored."""

    __tablename__ = "email_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(16))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class UsageDaily(Base):
    """Seconds of session time per user, pool and UTC day (persisted from heartbeats)."""

    __tablename__ = "usage_daily"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    pool: Mapped[str] = mapped_column(String(40), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    seconds: Mapped[float] = mapped_column(Float, default=0.0)


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(30))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(60), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class Program(Base):
    """A try-it program saved for a permalink (`/try/ID`); anonymous, content-addressed."""

    __tablename__ = "programs"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer, default=0)  # bytes of source, summed for the storage cap
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Share(Base):
    """A read-only snapshot of a notebook at a permanent link (`/s/ID`)."""

    __tablename__ = "shares"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    notebook: Mapped[str] = mapped_column(Text)  # nbformat JSON as published
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    revoked_by: Mapped[str] = mapped_column(String(30), default="")  # the owner or an admin

    user: Mapped[User] = relationship(lazy="joined")
