"""Everything one running site shares: settings, database, Redis, secrets, mailer, clock."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

import redis
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from . import keys
from .config import Settings
from .db import make_engine, make_session_factory
from .mailer import Mailer
from .services.live import Live


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


def build_context(settings: Settings, clock: Callable[[], float] = time.time) -> Context:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.database_url)
    client = redis.Redis.from_url(settings.redis_url, socket_timeout=5, health_check_interval=30)
    session_key = keys.load_or_create(settings.secrets_dir, "session_key")
    hub_token = settings.hub_service_token or keys.load_or_create(settings.secrets_dir, "hub_service_token")
    live = Live(client, settings.redis_prefix, settings.heartbeat_timeout, settings.queue_ttl, clock)
    return Context(settings, engine, make_session_factory(engine), live, Mailer(settings),
                   session_key, hub_token, clock)
