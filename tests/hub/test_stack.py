"""`make run` (mojito hub stack): one origin, admin credentials on first start, clean Ctrl-C,
and a second start that reuses the data directory."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import httpx
import pytest
from hubharness import VENV_BIN, ensure_bwrap, free_port, require_root

pytestmark = pytest.mark.timeout(240)


def start_stack(env: dict[str, str], log_path) -> subprocess.Popen:
    return subprocess.Popen([str(VENV_BIN / "mojito"), "hub", "stack"], env=env, stdout=open(log_path, "w"),
                            stderr=subprocess.STDOUT, start_new_session=True)


def wait_banner(proc: subprocess.Popen, log_path, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log_path.read_text()
        if "Press Ctrl-C to stop" in text:
            return text
        assert proc.poll() is None, text[-3000:]
        time.sleep(0.3)
    raise TimeoutError(log_path.read_text()[-3000:])


def ctrl_c(proc: subprocess.Popen, log_path) -> str:
    proc.send_signal(signal.SIGINT)
    assert proc.wait(60) == 0
    return log_path.read_text()


def test_make_run_serves_one_origin_and_stops_cleanly(tmp_path):
    ensure_bwrap()
    require_root()
    port = free_port()
    env = {**os.environ, "MOJITO_DATA_DIR": str(tmp_path / "data"), "MOJITO_PUBLIC_URL": f"http://127.0.0.1:{port}",
           "MOJITO_WEB_PORT": str(free_port()), "MOJITO_RUNTIME_DIR": f"/run/mojito-stack-{port}",
           "MOJITO_REDIS_PREFIX": f"mojito-stacktest-{port}:"}
    log = tmp_path / "stack.log"
    proc = start_stack(env, log)
    try:
        banner = wait_banner(proc, log)
        assert f"Mojito is running at http://127.0.0.1:{port}/" in banner
        assert "Admin: username 'admin', password '" in banner
        home = httpx.get(f"http://127.0.0.1:{port}/", timeout=10)
        assert home.status_code == 200 and "Mojito" in home.text  # the website
        assert httpx.get(f"http://127.0.0.1:{port}/hub/api/", timeout=10).json()["version"]  # the hub
        login = httpx.get(f"http://127.0.0.1:{port}/hub/login", timeout=10, follow_redirects=True)
        assert login.url.path == "/login"  # no hub login form: the website's
    finally:
        out = ctrl_c(proc, log)
    assert "stopped hub" in out and "stopped web" in out
    assert not os.path.exists(f"/run/mojito-stack-{port}")
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/", timeout=5)

    # A second start reuses the data directory: same accounts, no new admin password.
    proc = start_stack(env, log)
    try:
        banner = wait_banner(proc, log)
        assert "Admin: username 'admin'" not in banner
        assert (tmp_path / "data" / "secrets" / "admin_password").exists()
    finally:
        ctrl_c(proc, log)
