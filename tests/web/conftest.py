"""Fixtures for the website tests: real Redis (the local one or a private redis-server), real
SQLite and PostgreSQL (a throwaway database per run), and a site per test with its own data
directory and Redis key prefix, so tests never see or wipe each other's data."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
import redis

# Cheap argon2 parameters for the hundreds of hashes of this suite (test_web_passwords checks
# that the default profile is the strong one). Set before mojito.web is imported.
os.environ.setdefault("MOJITO_TEST_WEAK_ARGON2", "1")

from fastapi.testclient import TestClient
from mojito.web.app import create_app
from mojito.web.config import load_settings

from .webhelpers import PASSWORD

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _redis_up(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    url = os.environ.get("MOJITO_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    if _redis_up(url):
        yield url
        return
    exe = shutil.which("redis-server")
    if exe is None:
        pytest.fail(
            f"No Redis at {url} and no redis-server to start one: install it "
            "(apt-get install redis-server) or set MOJITO_TEST_REDIS_URL."
        )
    port = _free_port()
    proc = subprocess.Popen(
        [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    for _ in range(100):
        if _redis_up(url):
            break
        time.sleep(0.05)
    else:
        proc.kill()
        pytest.fail("the private redis-server did not start")
    yield url
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="session")
def pg_admin_url() -> str | None:
    return os.environ.get("MOJITO_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def pg_database(pg_admin_url: str) -> Iterator[str | None]:
    """A throwaway PostgreSQL database for this run, or None (with the reason) if none is reachable."""
    import psycopg

    try:
        admin = psycopg.connect(pg_admin_url, autocommit=True, connect_timeout=3)
    except psycopg.Error as exc:
        reason = f"PostgreSQL not reachable at {pg_admin_url}: {str(exc).strip().splitlines()[0]}"
        print(f"\n[tests/web] {reason}; PostgreSQL variants skipped", file=sys.stderr)
        yield None
        return
    name = f"mojito_test_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    base = pg_admin_url.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    yield f"{base}/{name}"
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


class Clock:
    """The site's clock: tests move time forward instead of sleeping."""

    def __init__(self) -> None:
        # 10:00 UTC today: tests that advance time by hours never cross midnight by accident.
        self.now = time.time() // 86400 * 86400 + 10 * 3600

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _reset_pg_schema(url: str) -> None:
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


class Site:
    """One running site (app + client) with helpers for what a user does."""

    def __init__(self, app: Any, client: TestClient, clock: Clock):
        self.app, self.client, self.clock = app, client, clock
        self.ctx = app.state.ctx

    @property
    def hub_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.ctx.hub_token}"}

    def outbox(self) -> list[Any]:
        folder = self.ctx.settings.outbox_dir
        return (
            [message_from_bytes(p.read_bytes(), policy=policy.default) for p in sorted(folder.glob("*.eml"))]
            if folder.is_dir()
            else []
        )

    def link_from_mail(self, to: str, path: str) -> str:
        for msg in reversed(self.outbox()):
            if msg["To"] == to:
                m = re.search(re.escape(path) + r"\?token=([A-Za-z0-9_\-]+)", msg.get_body(("plain",)).get_content())
                if m:
                    return m.group(1)
        raise AssertionError(f"no mail with {path} to {to}")

    def new_client(self) -> TestClient:
        return TestClient(self.app, base_url="https://testserver")

    def local_client(self) -> TestClient:
        """A client on this host's loopback (what a local Prometheus scrape looks like)."""
        return TestClient(self.app, base_url="http://127.0.0.1:8100", client=("127.0.0.1", 50000))

    def signup(
        self, username: str, email: str | None = None, verify: bool = True, client: TestClient | None = None
    ) -> TestClient:
        """Sign up through the API, confirm from the outbox, log in; returns the logged-in client."""
        c = client or self.new_client()
        email = email or f"{username}@example.com"
        r = c.post("/api/v1/signup", json={"email": email, "username": username, "password": PASSWORD})
        assert r.status_code == 201, r.text
        if verify:
            assert (
                c.post("/api/v1/verify", json={"token": self.link_from_mail(email, "/verify")}).status_code
                == 200
            )
        assert c.post("/api/v1/login", json={"username": username, "password": PASSWORD}).status_code == 200
        return c

    def admin_client(self) -> TestClient:
        c = self.new_client()
        password = (self.ctx.settings.secrets_dir / "admin_password").read_text().strip()
        assert c.post("/api/v1/login", json={"username": "admin", "password": password}).status_code == 200
        return c

    def admit(self, username: str, pool: str = "cpu") -> dict[str, Any]:
        r = self.client.post(
            "/api/v1/internal/admit", json={"username": username, "pool": pool}, headers=self.hub_headers
        )
        assert r.status_code == 200, r.text
        return r.json()

    def heartbeat(self, sid: str) -> dict[str, Any]:
        r = self.client.post("/api/v1/internal/heartbeat", json={"session_id": sid}, headers=self.hub_headers)
        assert r.status_code == 200, r.text
        return r.json()


def _make_site(
    tmp_path: Path,
    redis_url: str,
    database_url: str | None,
    monkeypatch: pytest.MonkeyPatch,
    config_file: Path | None = None,
) -> Iterator[Site]:
    prefix = f"mojito-test-{uuid.uuid4().hex[:12]}:"
    env = {
        "MOJITO_DATA_DIR": str(tmp_path / "data"),
        "MOJITO_REDIS_URL": redis_url,
        "MOJITO_REDIS_PREFIX": prefix,
        "MOJITO_NOTEBOOK_DIR": str(REPO / "examples"),
    }
    if database_url:
        env["MOJITO_DATABASE_URL"] = database_url
    if config_file:
        env["MOJITO_CONFIG_FILE"] = str(config_file)
    settings = load_settings(env)
    settings.announce_admin = False
    # Signup and reset answers are padded to a uniform time (300 ms by default); the suite signs up
    # hundreds of times, so it pads nothing, except test_web_hardening's timing test.
    settings.uniform_answer_seconds = 0
    clock = Clock()
    app = create_app(settings, clock=clock)
    try:
        with TestClient(app, base_url="https://testserver") as client:
            yield Site(app, client, clock)
    finally:
        r = redis.Redis.from_url(redis_url)
        keys = list(r.scan_iter(match=prefix + "*", count=1000))
        if keys:
            r.delete(*keys)


@pytest.fixture(params=["sqlite", "postgresql"])
def site(
    request: pytest.FixtureRequest, tmp_path: Path, redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Site]:
    """A fresh site on SQLite and, as a second variant, on PostgreSQL."""
    url = None
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_database")
        if url is None:
            pytest.skip("no PostgreSQL server reachable (see the message printed at the start)")
        _reset_pg_schema(url)
    yield from _make_site(tmp_path, redis_url, url, monkeypatch)


@pytest.fixture
def lite(tmp_path: Path, redis_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    """A fresh site on SQLite only, for tests whose subject is not the SQL backend."""
    yield from _make_site(tmp_path, redis_url, None, monkeypatch)


@pytest.fixture
def make_site(tmp_path: Path, redis_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Build a SQLite site from a custom config file text (pools, plans, limits)."""
    stack: list[Iterator[Site]] = []

    def build(config_text: str) -> Site:
        cfg = tmp_path / f"config-{len(stack)}.toml"
        cfg.write_text(config_text)
        gen = _make_site(tmp_path / f"s{len(stack)}", redis_url, None, monkeypatch, cfg)
        stack.append(gen)
        return next(gen)

    yield build
    for gen in stack:
        for _ in gen:
            pass
