"""The real stack on loopback: real Redis, the real website (web/) and the hub with the local backend.

Signup and confirm on the website, Launch, land on a running server, run code; quotas and the
pool's queue decided by the website's admission API and enforced by the hub.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import time
import uuid
from email import message_from_bytes, policy
from pathlib import Path

import httpx
import pytest
from hubharness import REPO, VENV_BIN, free_port, kill_tree, run_cell, start_kernel

pytestmark = pytest.mark.timeout(300)
PASSWORD = "plum-sorbet-42-harbor"


def _redis_url(tmp: Path):
    url = os.environ.get("MOJITO_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
        return url, None
    except redis.RedisError:
        pass
    exe = shutil.which("redis-server")
    if exe is None:
        pytest.fail("no Redis and no redis-server (apt-get install redis-server)")
    port = free_port()
    proc = subprocess.Popen([exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(tmp)], stdout=subprocess.DEVNULL, start_new_session=True)
    url = f"redis://127.0.0.1:{port}/0"
    for _ in range(100):
        try:
            redis.Redis.from_url(url, socket_connect_timeout=1).ping()
            break
        except redis.RedisError:
            time.sleep(0.05)
    return url, proc


class Website:
    def __init__(self, root: Path):
        self.root = root
        self.data = root / "webdata"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.redis_url, self.redis_proc = _redis_url(root)
        config = (REPO / "web" / "defaults.toml").read_text()
        config = re.sub(r"heartbeat_interval = \d+", "heartbeat_interval = 1", config)
        config = re.sub(r"(\[pools\.cpu\][^\[]*?capacity = )\d+", r"\g<1>2", config, flags=re.DOTALL)
        # Every test signs up its own users, all from this machine's address.
        config = re.sub(r"signup_per_ip = \[\d+,", "signup_per_ip = [100,", config)
        (root / "web.toml").write_text(config)
        self.env = {**os.environ, "MOJITO_DATA_DIR": str(self.data), "MOJITO_REDIS_URL": self.redis_url,
                    "MOJITO_REDIS_PREFIX": f"mojito-hubtest-{uuid.uuid4().hex[:8]}:",
                    "MOJITO_CONFIG_FILE": str(root / "web.toml")}
        self.proc: subprocess.Popen | None = None

    def start(self, public_url: str) -> None:
        self.env["MOJITO_PUBLIC_URL"] = public_url
        self.proc = subprocess.Popen([str(VENV_BIN / "mojito"), "web", "serve", "--port", str(self.port),
                                      "--log-level", "warning"], env=self.env, start_new_session=True,
                                     stdout=open(self.root / "web.log", "ab"), stderr=subprocess.STDOUT)  # noqa: SIM115
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, (self.root / "web.log").read_text()[-2000:]
            try:
                if httpx.get(self.url + "/healthz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError("the website did not start")

    @property
    def service_token(self) -> str:
        return (self.data / "secrets" / "hub_service_token").read_text().strip()

    def admin_password(self) -> str:
        return (self.data / "secrets" / "admin_password").read_text().strip()

    def confirm_token(self, email: str) -> str:
        for path in sorted((self.data / "outbox").glob("*.eml"), reverse=True):
            msg = message_from_bytes(path.read_bytes(), policy=policy.default)
            if msg["To"] == email:
                m = re.search(r"/verify\?token=([A-Za-z0-9_\-]+)", msg.get_body(("plain",)).get_content())
                if m:
                    return m.group(1)
        raise AssertionError(f"no confirmation mail to {email}")

    def close(self) -> None:
        if self.proc is not None:
            kill_tree(self.proc)
        if self.redis_proc is not None:
            kill_tree(self.redis_proc)


@pytest.fixture(scope="module")
def stack(tmp_path_factory, hub_factory):
    site = Website(tmp_path_factory.mktemp("web"))
    try:
        # The site needs the public origin for its links, the hub needs the site's token: start the
        # site on a provisional origin, then the hub, and point links at the hub's proxy.
        site.start("http://127.0.0.1")
        hub = hub_factory(MOJITO_WEB_URL=site.url, MOJITO_HUB_SERVICE_TOKEN=site.service_token)
        yield site, hub
    finally:
        site.close()


def prebuilt_library() -> None:
    """Wait for the library the hub prebuilds for every session in the background (hub/stdlib_cache.py),
    as a user arriving after start-up finds it: a first Mojo cell then loads it instead of compiling it."""
    from mojito.hub import settings

    built = subprocess.run([sys.executable, "-m", "mojito.compiler.prebuild", str(settings.load().stdlib_cache)],
                           capture_output=True, text=True, timeout=600, check=False)
    assert built.returncode == 0, built.stderr


def browser_signup(hub, site, username: str) -> httpx.Client:
    """What a person does on the website, through the public origin (the hub's proxy)."""
    browser = httpx.Client(base_url=hub.url, timeout=60)
    email = f"{username}@example.com"
    r = browser.post("/api/v1/signup", json={"email": email, "username": username, "password": PASSWORD})
    assert r.status_code == 201, r.text
    assert browser.post("/api/v1/verify", json={"token": site.confirm_token(email)}).status_code == 200
    assert browser.post("/api/v1/login", json={"username": username, "password": PASSWORD}).status_code == 200
    return browser


def launch(browser: httpx.Client, pool: str = "cpu") -> httpx.Response:
    r = browser.post("/api/v1/launch", json={"pool": pool})
    assert r.status_code == 200, r.text
    return browser.get(r.json()["url"], follow_redirects=True)


def test_signup_launch_run_code_stop_and_find_the_workspace_again(stack):
    site, hub = stack
    browser = browser_signup(hub, site, "ada")
    landed = launch(browser)
    assert landed.status_code == 200
    assert "/hub/spawn-pending/ada" in str(landed.url) or "/user/ada/" in str(landed.url)
    assert "token=" not in str(landed.url)
    assert hub.wait_ready("ada")["ready"]
    # The browser itself reaches JupyterLab (hub OAuth cookie for the user's server).
    lab = browser.get("/user/ada/lab", follow_redirects=True)
    assert lab.status_code == 200 and "JupyterLab" in lab.text

    kernel = start_kernel(hub, "ada", "python3")
    py = run_cell(hub, "ada", kernel, "print(sum(range(10)))")
    assert py["status"] == "ok" and py["stdout"].strip() == "45", py
    hub.user_api("ada", "PUT", "/contents/mine.txt", json={"type": "file", "format": "text", "content": "kept"})
    hub.stop_server("ada")
    launch(browser)
    hub.wait_ready("ada")
    assert hub.user_api("ada", "GET", "/contents/mine.txt").json()["content"] == "kept"
    hub.stop_server("ada")


def test_mojo_kernel_runs_a_mojo_cell_and_a_python_cell_in_the_sandbox(stack):
    site, hub = stack
    browser_signup(hub, site, "mia")
    hub.spawn("mia")
    specs = hub.user_api("mia", "GET", "/kernelspecs").json()["kernelspecs"]
    if "mojo" not in specs:
        hub.stop_server("mia")
        pytest.skip(f"the `mojo` kernel is not installed in this venv (kernels: {sorted(specs)})")
    try:
        prebuilt_library()  # so that the first cell below must load it (not compile it into the workspace)
        kernel = start_kernel(hub, "mia", "mojo", timeout=120)
        mojo = run_cell(hub, "mia", kernel, "var x = 6\nprint(x * 7)", timeout=120)
        assert mojo["status"] == "ok" and mojo["stdout"].strip() == "42", mojo
        listing = run_cell(hub, "mia", kernel, "%%python\nimport glob, os\n"
                           "print(sorted(os.path.basename(p).split('-')[0] for p in glob.glob("
                           "os.path.expanduser('~/.cache/mojito/objects/*.o'))), "
                           "sorted(os.listdir(os.environ['MOJITO_SHARED_CACHE']))[:1] != [])")
        # Nothing compiled into the user's own cache (without the shared one: ['ast', 'std']), and the
        # shared one is there, read-only.
        assert listing["stdout"].strip() == "[] True", listing
        py = run_cell(hub, "mia", kernel, "%%python\nprint(sum(range(10)))")
        assert py["status"] == "ok" and py["stdout"].strip() == "45", py
    finally:
        hub.stop_server("mia")  # a failure here must not hold the pool's one slot for the next tests


def test_second_session_over_a_one_session_plan_is_refused_with_the_reason(stack):
    site, hub = stack
    browser_signup(hub, site, "bea")
    hub.spawn("bea")
    r = hub.api("POST", "/users/bea/servers/second")
    assert r.status_code == 403, r.text
    assert "session" in r.json()["message"].lower()
    hub.stop_server("bea")


def test_exhausted_daily_minutes_stop_a_running_session(stack):
    site, hub = stack
    browser_signup(hub, site, "cyd")
    hub.spawn("cyd")
    admin = httpx.Client(base_url=hub.url, timeout=30)
    assert admin.post("/api/v1/login", json={"username": "admin", "password": site.admin_password()}).status_code == 200
    r = admin.patch("/api/v1/admin/users/cyd", json={"overrides": {"daily_cpu_minutes": 0}})
    assert r.status_code == 200, r.text
    deadline = time.monotonic() + 30
    while hub.api("GET", "/users/cyd").json()["servers"] and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not hub.api("GET", "/users/cyd").json()["servers"]
    # Launching again is refused with the website's reason.
    again = hub.api("POST", "/users/cyd/server")
    assert again.status_code == 403 and "cpu-minutes" in again.json()["message"].lower()


def test_full_pool_queues_the_next_user_and_admits_when_a_slot_frees(stack):
    site, hub = stack
    for name in ("dan", "eve", "fay"):
        browser_signup(hub, site, name)
    hub.spawn("dan")
    hub.spawn("eve")  # the pool (capacity 2 here) is now full
    hub.api("POST", "/users/fay")
    waiter = threading.Thread(target=hub.api, args=("POST", "/users/fay/server"))
    waiter.start()
    messages: list[str] = []
    deadline = time.monotonic() + 20
    while not any("queue" in m for m in messages) and time.monotonic() < deadline:
        time.sleep(0.5)
        messages = [line for line in hub.log().splitlines() if "fay" in line and "queue" in line]
    assert any("number 1 in the queue" in m for m in messages), messages
    hub.stop_server("dan")
    assert hub.wait_ready("fay", timeout=60)["ready"]
    waiter.join(30)
    hub.stop_server("eve")
    hub.stop_server("fay")


def test_hub_cookies_are_samesite_and_a_cross_site_logout_link_stops_nothing(stack):
    site, hub = stack
    browser = browser_signup(hub, site, "cookie")
    seen: list[str] = []
    browser.event_hooks["response"] = [lambda r: seen.extend(r.headers.get_list("set-cookie"))]
    launch(browser)
    assert hub.wait_ready("cookie")["ready"]
    lab = browser.get("/user/cookie/lab", follow_redirects=True)
    assert lab.status_code == 200 and "JupyterLab" in lab.text
    hub_cookies = [c for c in seen if c.split("=", 1)[0].startswith(("jupyterhub-", "_xsrf"))]
    names = {c.split("=", 1)[0] for c in hub_cookies}
    assert {"jupyterhub-session-id", "jupyterhub-hub-login", "jupyterhub-user-cookie"} <= names, names
    for cookie in hub_cookies:
        if cookie.split("=", 1)[1].startswith('""'):
            continue  # a cookie being cleared (empty, expired)
        assert "samesite=lax" in cookie.lower(), cookie
    # A link or image on another site, followed with the victim's cookies (SameSite=Lax sends them
    # on a top-level GET): the victim's session keeps running.
    r = browser.get("/hub/logout", headers={"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"},
                    follow_redirects=True)
    assert r.status_code == 200
    time.sleep(1)
    server = hub.api("GET", "/users/cookie").json()["servers"].get("")
    assert server and server["ready"], "a cross-site GET /hub/logout stopped the server"
    assert browser.get("/api/v1/me").status_code == 200  # and the website login is intact
    hub.stop_server("cookie")


def test_a_website_admin_is_no_hub_admin_and_cannot_open_a_users_workspace(stack):
    """User servers share the website's origin: a hub admin opening a workspace whose notebook the
    user made trusted would run the user's JavaScript with the admin's rights. Website admins are
    not made hub admins; their dashboard works through the website's API all the same."""
    site, hub = stack
    victim = browser_signup(hub, site, "gus")
    launch(victim)
    assert hub.wait_ready("gus")["ready"]
    admin = httpx.Client(base_url=hub.url, timeout=60)
    assert admin.post("/api/v1/login", json={"username": "admin", "password": site.admin_password()}).status_code == 200
    landed = launch(admin)  # the admin's own hub login (and workspace)
    assert landed.status_code == 200, landed.text[-500:]
    assert hub.api("GET", "/users/admin").json()["admin"] is False
    # The admin's hub login opens neither the victim's JupyterLab nor its files ...
    lab = admin.get("/user/gus/lab", follow_redirects=True)
    assert "JupyterLab" not in lab.text and "Not your workspace" in lab.text, (lab.status_code, lab.text[-800:])
    files = admin.get("/user/gus/api/contents", follow_redirects=True)
    assert files.status_code in (403, 404) or '"content"' not in files.text, files.text[-300:]
    # ... nor the hub's admin API.
    assert admin.get("/hub/api/users", headers={"Referer": hub.url + "/hub/"}).status_code == 403
    # The website's admin dashboard still sees and stops the session.
    seen = admin.get("/api/v1/admin/users/gus")
    assert seen.status_code == 200 and seen.json()["sessions"], seen.text[:500]
    assert admin.post("/api/v1/admin/users/gus/stop-sessions").status_code == 200
    deadline = time.monotonic() + 30
    while hub.api("GET", "/users/gus").json()["servers"] and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not hub.api("GET", "/users/gus").json()["servers"]
    hub.stop_server("admin")


def test_the_dashboard_shows_the_sessions_cpu_seconds_and_the_workspaces_disk_use(stack):
    """Measured by the hub on the real sandbox (the session's cgroup, the workspace filesystem),
    carried by the heartbeats, shown to the user and the admin."""
    site, hub = stack
    browser = browser_signup(hub, site, "hal")
    launch(browser)
    assert hub.wait_ready("hal")["ready"]
    kernel = start_kernel(hub, "hal", "python3")
    burn = run_cell(hub, "hal", kernel, "import time\nt = time.process_time()\nwhile time.process_time() - t < 1.5: pass\n"
                                          "open('ballast.bin', 'wb').write(b'x' * (40 << 20))\nprint('done')", timeout=90)
    assert burn["status"] == "ok" and "done" in burn["stdout"], burn
    deadline = time.monotonic() + 30
    me: dict = {}
    while time.monotonic() < deadline:  # heartbeats every second here
        me = browser.get("/api/v1/me").json()
        live = me["sessions"][0] if me["sessions"] else {}
        disk = me["usage"]["disk"]
        if (live.get("cpu_seconds") or 0) >= 1.5 and disk and disk["used_bytes"] >= 40 << 20:
            break
        time.sleep(0.5)
    live = me["sessions"][0]
    assert live["cpu_seconds"] >= 1.5, me  # the busy loop's CPU time, not wall-clock minutes
    assert me["usage"]["cpu_seconds_today"] >= live["cpu_seconds"] - 0.01, me
    disk = me["usage"]["disk"]
    assert disk is not None and disk["used_bytes"] >= 40 << 20 and 900 << 20 < disk["size_bytes"] <= 1024 << 20, me
    page = browser.get("/dashboard").text
    assert "CPU time today" in page and f"of {disk['size']} used" in page, page[-3000:]
    hub.stop_server("hal")
    # After the session the workspace's use is still shown (it persists).
    assert browser.get("/api/v1/me").json()["usage"]["disk"]["used_bytes"] >= 40 << 20


def _sandbox_pids(user: str) -> list[int]:
    """Processes of `user`'s single-user server (the sandboxed jupyter server)."""
    marker = f"/users/{user}/server.sock".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if b"mojito.hub.singleuser" in cmdline and marker in cmdline:
                found.append(int(entry.name))
    return found


def test_a_crashed_hub_comes_back_and_adopts_the_running_sessions(stack):
    """kill -9 of the hub: the sessions keep running (kernels and their state included), the
    restarted hub adopts them (routes, heartbeats, stop), instead of every user losing their work."""
    import signal

    site, hub = stack
    browser = browser_signup(hub, site, "ivy")
    launch(browser)
    assert hub.wait_ready("ivy")["ready"]
    kernel = start_kernel(hub, "ivy", "python3")
    assert run_cell(hub, "ivy", kernel, "x = 41")["status"] == "ok"
    servers = _sandbox_pids("ivy")
    assert servers, "no sandboxed server process found"

    os.kill(hub.proc.pid, signal.SIGKILL)
    hub.proc.wait(timeout=30)
    time.sleep(2)  # the proxy and the culler follow their hub (parent-death signal)
    assert _sandbox_pids("ivy") == servers  # the session did not die with the hub
    hub.start()

    assert hub.wait_ready("ivy", timeout=60)["ready"]
    assert "ivy still running" in hub.log(), hub.log()[-3000:]
    after = run_cell(hub, "ivy", kernel, "print(x + 1)", timeout=60)  # the same kernel, its state kept
    assert after["status"] == "ok" and after["stdout"].strip() == "42", after
    lab = browser.get("/user/ivy/lab", follow_redirects=True)  # the browser's route and login still work
    assert lab.status_code == 200 and "JupyterLab" in lab.text

    # Heartbeats resumed: the session's CPU time keeps being reported to the website.
    before = browser.get("/api/v1/me").json()["sessions"][0].get("cpu_seconds") or 0
    burn = run_cell(hub, "ivy", kernel, "import time\nt = time.process_time()\n"
                                          "while time.process_time() - t < 1.5: pass\nprint('ok')", timeout=60)
    assert burn["status"] == "ok", burn
    deadline = time.monotonic() + 30
    now = before
    while time.monotonic() < deadline and now < before + 1.5:
        time.sleep(0.5)
        sessions = browser.get("/api/v1/me").json()["sessions"]
        now = (sessions[0].get("cpu_seconds") or 0) if sessions else 0
    assert now >= before + 1.5, (before, now)

    # And the adopted session stops like any other: nothing of it is left running.
    hub.stop_server("ivy")
    deadline = time.monotonic() + 15
    while _sandbox_pids("ivy") and time.monotonic() < deadline:
        time.sleep(0.3)
    assert not _sandbox_pids("ivy")
    assert browser.get("/api/v1/me").json()["sessions"] == []
