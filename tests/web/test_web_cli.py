"""`mojito admin create`, `mojito web migrate|serve`: first start, secrets, admin credentials."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest
import redis
from mojito.web import cli

MOJITO = Path(sys.executable).parent / "mojito"


@pytest.fixture
def env(tmp_path, redis_url, monkeypatch):
    prefix = f"mojito-test-{uuid.uuid4().hex[:12]}:"
    values = {
        "MOJITO_DATA_DIR": str(tmp_path / "data"),
        "MOJITO_REDIS_URL": redis_url,
        "MOJITO_REDIS_PREFIX": prefix,
    }
    for k, v in values.items():
        monkeypatch.setenv(k, v)
    yield values
    r = redis.Redis.from_url(redis_url)
    keys = list(r.scan_iter(match=prefix + "*"))
    if keys:
        r.delete(*keys)


def test_first_start_prints_admin_password_once_and_keeps_secrets_private(env, capsys):
    assert cli.main(["web", "migrate"]) == 0
    first = capsys.readouterr().err
    secrets_dir = Path(env["MOJITO_DATA_DIR"]) / "secrets"
    password = (secrets_dir / "admin_password").read_text().strip()
    assert f"username 'admin', password '{password}'" in first
    assert stat.S_IMODE(secrets_dir.stat().st_mode) == 0o700
    for name in ("admin_password", "session_key", "hub_service_token"):
        assert stat.S_IMODE((secrets_dir / name).stat().st_mode) == 0o600, name
    assert cli.main(["web", "migrate"]) == 0
    assert password not in capsys.readouterr().err  # printed once, on creation only


def test_admin_create_through_the_mojito_command(env, tmp_path):
    run_env = {**os.environ, **env}
    out = subprocess.run(
        [
            str(MOJITO),
            "admin",
            "create",
            "grace",
            "--email",
            "grace@example.com",
            "--password",
            "cobalt-meadow-81",
        ],
        env=run_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "admin 'grace' created" in out.stdout and "cobalt-meadow-81" not in out.stdout
    again = subprocess.run(
        [str(MOJITO), "admin", "create", "grace", "--password", "cobalt-meadow-81"],
        env=run_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert again.returncode == 1 and "already in use" in again.stderr
    weak = subprocess.run(
        [str(MOJITO), "admin", "create", "hopper", "--password", "password123"],
        env=run_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert weak.returncode == 1 and "too common" in weak.stderr
    # Without --password and without a terminal, a password is generated and shown once.
    gen = subprocess.run(
        [str(MOJITO), "admin", "create", "hopper"],
        env=run_env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert gen.returncode == 0 and "with password: " in gen.stdout


def test_web_serve_answers_on_loopback(env):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [str(MOJITO), "web", "serve", "--port", str(port), "--log-level", "warning"],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            pytest.fail("the site did not answer within 30 s")
        assert r.status_code == 200 and r.json()["status"] == "ok"
        assert "Write Mojo in your browser" in httpx.get(f"http://127.0.0.1:{port}/").text
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=15)
    assert "Mojito admin account created" in err
