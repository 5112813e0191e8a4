"""Everything one running site shares: settings, database, Redis, secrets, mailer, clock."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import redis
import redis.asyncio as aioredis
from redis.asyncio.retry import Retry as AsyncRetry
from redis.backoff import NoBackoff
from redis.retry import Retry
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from . import keys
from .config import Settings
from .db import make_engine, make_session_factory
from .mailer import Mailer
from .services.live import AsyncLive, Live


def make_redis(url: str) -> redis.Redis:
    # One quick retry, not redis-py's default backoff of several seconds: when Redis is down,
    # requests and /healthz should say so at once instead of hanging.
    return redis.Redis.from_url(
        url, socket_connect_timeout=2, socket_timeout=5, health_check_interval=30, retry=Retry(NoBackoff(), 1)
    )


@dataclass
class Context:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    live: Live
    mailer: Mailer
    session_key: str  # HMAC key of launch tokens and CSRF tokens
    hub_token: str
    clock: Callable[[], float] = field(default=time.time)
    _alive: AsyncLive | None = None
    _alive_loop: asyncio.AbstractEventLoop | None = None

    def alive(self) -> AsyncLive:
        """The asyncio Redis client of the running event loop (one per loop: tests start several)."""
        loop = asyncio.get_running_loop()
        if self._alive is None or self._alive_loop is not loop:
            client = aioredis.Redis.from_url(
                self.settings.redis_url,
                socket_connect_timeout=2,
                socket_timeout=5,
                retry=AsyncRetry(NoBackoff(), 1),
            )
            s = self.settings
            self._alive = AsyncLive(client, s.redis_prefix, s.heartbeat_timeout, s.queue_ttl, self.clock)
            self._alive_loop = loop
        return self._alive


def build_context(settings: Settings, clock: Callable[[], float] = time.time) -> Context:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.database_url)
    client = make_redis(settings.redis_url)
    session_key = keys.load_or_create(settings.secrets_dir, "session_key")
    hub_token = settings.hub_service_token or keys.load_or_create(settings.secrets_dir, "hub_service_token")
    live = Live(client, settings.redis_prefix, settings.heartbeat_timeout, settings.queue_ttl, clock)
    return Context(
        settings, engine, make_session_factory(engine), live, Mailer(settings), session_key, hub_token, clock
    )
