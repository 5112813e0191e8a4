"""`make run` keeps going when a part crashes: kill -9 of the website and of the private Redis while a
user's kernel runs; the kernel keeps its state and answers, both parts come back, the session is
still known, metered and not stopped by the next heartbeats."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import time
import uuid
from email import message_from_bytes, policy
from pathlib import Path

import httpx
import pytest
from hubharness import REPO, ensure_bwrap, free_port, require_root
from test_stack import ctrl_c, start_stack, wait_banner

pytestmark = pytest.mark.timeout(420)
PASSWORD = "fjord-cactus-12-kept-running"


def _pids(*needles: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                argv = (entry / "cmdline").read_bytes().decode(errors="replace").split("\0")
            except OSError:
                continue
            if all(any(n in a for a in argv) for n in needles):
                found.append(int(entry.name))
    return found


def _wait(what: str, check, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = check()
            if last:
                return last
        except httpx.HTTPError as exc:
            last = exc
        time.sleep(0.3)
    raise AssertionError(f"{what}: not within {timeout} s (last: {last!r})")


def _confirm_token(data: Path, email: str) -> str:
    for path in sorted((data / "outbox").glob("*.eml"), reverse=True):
        msg = message_from_bytes(path.read_bytes(), policy=policy.default)
        if msg["To"] == email:
            m = re.search(r"/verify\?token=([A-Za-z0-9_\-]+)", msg.get_body(("plain",)).get_content())
            if m:
                return m.group(1)
    raise AssertionError("no confirmation mail")


def _run(base: str, browser: httpx.Client, user: str, kernel: str, code: str, timeout: float = 60) -> str:
    """Execute a cell over the kernel's websocket as the browser does (its cookies)."""
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    cookies = "; ".join(f"{c.name}={c.value}" for c in browser.cookies.jar)

    async def go() -> str:
        url = base.replace("http", "ws", 1) + f"/user/{user}/api/kernels/{kernel}/channels"
        conn = await websocket_connect(HTTPRequest(url, headers={"Cookie": cookies}))
        msg_id = uuid.uuid4().hex
        conn.write_message(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": user,
                       "session": uuid.uuid4().hex, "version": "5.3"},
            "parent_header": {}, "metadata": {}, "channel": "shell",
            "content": {"code": code, "silent": False, "store_history": False, "user_expressions": {},
                        "allow_stdin": False, "stop_on_error": True},
        }))
        out, status, idle = "", None, False
        try:
            while not (status and idle):
                raw = await asyncio.wait_for(conn.read_message(), timeout)
                if raw is None:
                    break
                msg = json.loads(raw)
                if msg.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                kind = msg["header"]["msg_type"]
                if kind == "stream":
                    out += msg["content"]["text"]
                elif kind == "execute_reply":
                    status = msg["content"]["status"]
                elif kind == "status" and msg["content"]["execution_state"] == "idle":
                    idle = True
        finally:
            conn.close()
        return out if status == "ok" else f"<{status}> {out}"

    return asyncio.run(go())


def test_killed_website_and_redis_come_back_and_the_running_kernel_never_notices(tmp_path):
    ensure_bwrap()
    require_root()
    port, web_port = free_port(), free_port()
    base = f"http://127.0.0.1:{port}"
    config = tmp_path / "site.toml"
    config.write_text((REPO / "web" / "defaults.toml").read_text()
                      .replace("heartbeat_interval = 30", "heartbeat_interval = 2"))
    data = tmp_path / "data"
    env = {**os.environ, "MOJITO_DATA_DIR": str(data), "MOJITO_PUBLIC_URL": base,
           "MOJITO_WEB_PORT": str(web_port), "MOJITO_RUNTIME_DIR": f"/run/mojito-sup-{port}",
           # Nothing answers there: the stack starts (and supervises) a private Redis.
           "MOJITO_REDIS_URL": f"redis://127.0.0.1:{free_port()}/0", "MOJITO_CONFIG_FILE": str(config)}
    log = tmp_path / "stack.log"
    proc = start_stack(env, log)
    try:
        banner = wait_banner(proc, log)
        redis_port = re.search(r"private redis-server on port (\d+)", banner).group(1)
        browser = httpx.Client(base_url=base, timeout=60)
        email = "keeper@example.com"
        r = browser.post("/api/v1/signup", json={"email": email, "username": "keeper", "password": PASSWORD})
        assert r.status_code == 201, r.text
        assert browser.post("/api/v1/verify", json={"token": _confirm_token(data, email)}).status_code == 200
        assert browser.post("/api/v1/login", json={"username": "keeper", "password": PASSWORD}).status_code == 200
        launch = browser.post("/api/v1/launch", json={"pool": "cpu"})
        assert launch.status_code == 200, launch.text
        browser.get(launch.json()["url"], follow_redirects=True)

        def server_answers() -> bool:
            r = browser.get("/user/keeper/api/status")
            if r.status_code == 403:  # not through the hub's OAuth step yet: a page does it
                browser.get("/user/keeper/lab", follow_redirects=True)
                r = browser.get("/user/keeper/api/status")
            return r.status_code == 200 and "started" in r.text

        _wait("the server", server_answers, 120)
        xsrf = next(c.value for c in browser.cookies.jar if c.name == "_xsrf" and c.path.startswith("/user/keeper"))
        k = browser.post("/user/keeper/api/kernels", json={"name": "python3"}, headers={"X-XSRFToken": xsrf})
        assert k.status_code == 201, k.text
        kernel = k.json()["id"]
        _wait("the kernel", lambda: _run(base, browser, "keeper", kernel, "x = 41\nprint('set')", 10) == "set\n")

        # kill -9 of the website: the kernel answers all along, the site comes back.
        web_pids = _pids("web", "serve", str(web_port))
        assert web_pids, "no website process found"
        for pid in web_pids:
            os.kill(pid, signal.SIGKILL)
        assert _run(base, browser, "keeper", kernel, "print(x + 1)") == "42\n"
        _wait("the website again", lambda: browser.get("/api/v1/me").status_code == 200, 60)

        # kill -9 of Redis: same, and the live session survives in Redis's append-only file.
        redis_pids = _pids("redis-server", redis_port)
        assert redis_pids, "no private redis-server found"
        for pid in redis_pids:
            os.kill(pid, signal.SIGKILL)
        assert _run(base, browser, "keeper", kernel, "print(x + 2)") == "43\n"
        _wait("Redis again", lambda: httpx.get(f"http://127.0.0.1:{web_port}/healthz").status_code == 200, 60)
        me = _wait("the live session", lambda: (browser.get("/api/v1/me").json() or {}).get("sessions"), 30)
        assert me, me
        time.sleep(6)  # three heartbeats after the restart: none of them stops the session
        assert _run(base, browser, "keeper", kernel, "print(x + 3)") == "44\n"
        assert server_answers()
        usage = browser.get("/api/v1/me").json()["usage"]
        assert "cpu" in json.dumps(usage)
        text = log.read_text()
        assert "web stopped unexpectedly" in text and "restarted web" in text, text[-3000:]
        assert "redis stopped unexpectedly" in text and "restarted redis" in text, text[-3000:]
        assert proc.poll() is None, "the stack shut down"
    finally:
        out = ctrl_c(proc, log)
    # The hub first (it releases the sessions through the website), the website, then Redis.
    stops = [line for line in out.splitlines() if line.startswith("mojito: stopped ")]
    assert stops == ["mojito: stopped hub", "mojito: stopped web", "mojito: stopped redis"], stops
