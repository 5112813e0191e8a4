"""`make run` stops cleanly with sessions running: Ctrl-C ends the sandboxes, the proxy and the idle
culler too, within seconds, and leaves no process of the stack behind."""

from __future__ import annotations

import os
import time
from pathlib import Path

import httpx
import pytest
from hubharness import ensure_bwrap, free_port, require_root
from test_stack import ctrl_c, start_stack, wait_banner
from test_with_web import PASSWORD

pytestmark = pytest.mark.timeout(300)


def _processes_mentioning(*needles: str) -> list[tuple[int, str]]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                argv = (entry / "cmdline").read_bytes().decode(errors="replace").replace("\0", " ")
            except OSError:
                continue
            if any(n in argv for n in needles):
                found.append((int(entry.name), argv[:200]))
    return found


def test_ctrl_c_with_a_running_session_stops_everything(tmp_path):
    ensure_bwrap()
    require_root()
    port = free_port()
    data = tmp_path / "data"
    runtime = f"/run/mojito-stop-{port}"
    env = {**os.environ, "MOJITO_DATA_DIR": str(data), "MOJITO_PUBLIC_URL": f"http://127.0.0.1:{port}",
           "MOJITO_WEB_PORT": str(free_port()), "MOJITO_RUNTIME_DIR": runtime,
           "MOJITO_REDIS_PREFIX": f"mojito-stoptest-{port}:"}
    log = tmp_path / "stack.log"
    proc = start_stack(env, log)
    try:
        wait_banner(proc, log)
        from email import message_from_bytes, policy

        c = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60)
        assert c.post("/api/v1/signup", json={"email": "sam@example.com", "username": "sam",
                                              "password": PASSWORD}).status_code == 201
        mail = max((data / "outbox").glob("*.eml"))
        body = message_from_bytes(mail.read_bytes(), policy=policy.default).get_body(("plain",)).get_content()
        token = body.split("/verify?token=")[1].split()[0]
        assert c.post("/api/v1/verify", json={"token": token}).status_code == 200
        assert c.post("/api/v1/login", json={"username": "sam", "password": PASSWORD}).status_code == 200
        url = c.post("/api/v1/launch", json={"pool": "cpu"}).json()["url"]
        c.get(url, follow_redirects=True)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            lab = c.get("/user/sam/lab", follow_redirects=True)
            if lab.status_code == 200 and "JupyterLab" in lab.text:
                break
            time.sleep(0.5)
        else:
            hub_log = (data / "hub" / "jupyterhub.log").read_text()[-3000:]
            raise AssertionError(f"the session did not start ({lab.status_code} {lab.url}):\n{hub_log}")
        assert _processes_mentioning(str(data / "users" / "sam"))  # the sandbox runs
    finally:
        start = time.monotonic()
        out = ctrl_c(proc, log)
        took = time.monotonic() - start
    assert took < 30, f"Ctrl-C took {took:.1f} s:\n{out[-3000:]}"
    assert "stopped hub" in out
    time.sleep(1)
    left = _processes_mentioning(str(data), f"127.0.0.1:{port}", runtime)
    assert not left, left
    assert not os.path.exists(runtime)


def test_a_hub_killed_without_cleanup_takes_its_proxy_and_culler_along(hub_factory):
    hub = hub_factory()
    proxy_pid = int((hub.data / "hub" / "proxy.pid").read_text())
    culler = [pid for pid, argv in _processes_mentioning(f"--url={hub.url}/hub/api") if "idle_culler" in argv]
    assert culler and os.path.exists(f"/proc/{proxy_pid}")
    hub.proc.kill()  # the hub alone, as when a hung stop is cut short
    hub.proc.wait(10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and (os.path.exists(f"/proc/{proxy_pid}")
                                           or any(os.path.exists(f"/proc/{p}") for p in culler)):
        time.sleep(0.2)
    alive = [p for p in [proxy_pid, *culler] if os.path.exists(f"/proc/{p}")
             and (Path(f"/proc/{p}/stat").read_text().split()[2] != "Z")]
    assert not alive, _processes_mentioning(hub.url)
