"""Settings from `MOJITO_...` environment variables and the pools/plans file.

Every default is documented in docs/web.md; the embedded default needs no variable at all.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_CONFIG_FILE = PACKAGE_DIR / "defaults.toml"

PLAN_FIELDS = (
    "allowed_pools",
    "max_sessions",
    "daily_cpu_minutes",
    "daily_gpu_minutes",
    "max_session_minutes",
    "idle_timeout_minutes",
    "memory_mb",
    "cpu_share",
    "disk_mb",
)


@dataclass(frozen=True)
class Pool:
    name: str
    kind: str  # "cpu" or "gpu": which daily quota a session in this pool consumes
    capacity: int
    gpus_per_session: int = 0
    description: str = ""


@dataclass(frozen=True)
class RateLimit:
    count: int
    window: int  # seconds


@dataclass
class Settings:
    data_dir: Path
    database_url: str
    redis_url: str
    redis_prefix: str
    public_url: str
    cookie_secure: str  # "auto", "1" or "0"
    hub_service_token: str | None
    notebook_dir: Path
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: str | None = None
    mail_from: str = "Mojito <noreply@localhost>"
    # Bearer token of a Prometheus scraper; without one, /metrics answers only a direct loopback scrape.
    metrics_token: str | None = None
    # Signup and password-reset answers take at least this long whatever the address (no timing
    # difference between a registered address and a new one).
    uniform_answer_seconds: float = 0.3
    default_plan: str = "free"
    heartbeat_interval: int = 30
    heartbeat_timeout: int = 120
    queue_ttl: int = 60
    pools: dict[str, Pool] = field(default_factory=dict)
    plans: dict[str, dict[str, Any]] = field(default_factory=dict)
    rate_limits: dict[str, RateLimit] = field(default_factory=dict)
    # Admin credentials go to stdout once; tests silence it.
    announce_admin: bool = True

    @property
    def secrets_dir(self) -> Path:
        return self.data_dir / "secrets"

    @property
    def outbox_dir(self) -> Path:
        return self.data_dir / "outbox"


def _default_notebook_dir() -> Path:
    # In a source checkout (editable install) the gallery shows the repository's examples/.
    repo_examples = PACKAGE_DIR.parent / "examples"
    return repo_examples if repo_examples.is_dir() else PACKAGE_DIR / "examples"


def load_config_file(path: Path, settings: Settings) -> None:
    with open(path, "rb") as fh:
        raw = tomllib.load(fh)
    settings.default_plan = raw.get("default_plan", settings.default_plan)
    sess = raw.get("sessions", {})
    settings.heartbeat_interval = int(sess.get("heartbeat_interval", settings.heartbeat_interval))
    settings.heartbeat_timeout = int(sess.get("heartbeat_timeout", settings.heartbeat_timeout))
    settings.queue_ttl = int(sess.get("queue_ttl", settings.queue_ttl))
    settings.pools = {
        name: Pool(
            name=name,
            kind=str(p.get("kind", "cpu")),
            capacity=int(p.get("capacity", 0)),
            gpus_per_session=int(p.get("gpus_per_session", 0)),
            description=str(p.get("description", "")),
        )
        for name, p in raw.get("pools", {}).items()
    }
    for name, pool in settings.pools.items():
        if pool.kind not in ("cpu", "gpu"):
            raise ValueError(f"pool {name}: kind must be 'cpu' or 'gpu', not {pool.kind!r}")
    settings.plans = {
        name: {k: p[k] for k in PLAN_FIELDS if k in p} for name, p in raw.get("plans", {}).items()
    }
    settings.rate_limits = {
        name: RateLimit(int(v[0]), int(v[1])) for name, v in raw.get("rate_limits", {}).items()
    }
    # Names of earlier versions of this file.
    for old, new in (("login_per_ip", "login_per_client"), ("login_per_username", "login_per_account_client")):
        if old in settings.rate_limits and new not in settings.rate_limits:
            settings.rate_limits[new] = settings.rate_limits.pop(old)


def load_settings(env: dict[str, str] | None = None) -> Settings:
    env = dict(os.environ if env is None else env)
    data_dir = Path(env.get("MOJITO_DATA_DIR", ".mojito-data")).resolve()
    settings = Settings(
        data_dir=data_dir,
        database_url=env.get("MOJITO_DATABASE_URL") or f"sqlite:///{data_dir / 'mojito.db'}",
        redis_url=env.get("MOJITO_REDIS_URL", "redis://127.0.0.1:6379/0"),
        redis_prefix=env.get("MOJITO_REDIS_PREFIX", "mojito:"),
        public_url=env.get("MOJITO_PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/"),
        cookie_secure=env.get("MOJITO_COOKIE_SECURE", "auto"),
        hub_service_token=env.get("MOJITO_HUB_SERVICE_TOKEN") or None,
        notebook_dir=Path(env["MOJITO_NOTEBOOK_DIR"])
        if env.get("MOJITO_NOTEBOOK_DIR")
        else _default_notebook_dir(),
        smtp_host=env.get("MOJITO_SMTP_HOST") or None,
        smtp_port=int(env.get("MOJITO_SMTP_PORT", "587")),
        smtp_user=env.get("MOJITO_SMTP_USER") or None,
        smtp_password=env.get("MOJITO_SMTP_PASSWORD") or None,
        mail_from=env.get("MOJITO_MAIL_FROM", "Mojito <noreply@localhost>"),
        metrics_token=env.get("MOJITO_METRICS_TOKEN") or None,
        uniform_answer_seconds=int(env.get("MOJITO_UNIFORM_ANSWER_MS", "300")) / 1000,
    )
    load_config_file(Path(env.get("MOJITO_CONFIG_FILE", str(DEFAULT_CONFIG_FILE))), settings)
    return settings
