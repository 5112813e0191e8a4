"""Admission, queue, heartbeats, release and the login bridge, against a fake of web/'s API."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from fake_web import FakeWeb
from hubharness import TESTER_TOKEN

pytestmark = pytest.mark.timeout(240)


@pytest.fixture(scope="module")
def fake():
    f = FakeWeb()
    f.start()
    yield f
    f.close()


@pytest.fixture(scope="module")
def hub(hub_factory, fake):
    return hub_factory(MOJITO_WEB_URL=fake.url, MOJITO_HUB_SERVICE_TOKEN=fake.token)


def progress_events(hub, user: str, timeout: float = 60) -> list[dict]:
    events = []
    headers = {"Authorization": f"token {TESTER_TOKEN}"}
    with httpx.stream("GET", f"{hub.url}/hub/api/users/{user}/server/progress", headers=headers,
                      timeout=timeout) as r:
        for line in r.iter_lines():
            if line.startswith("data:"):
                event = json.loads(line[5:])
                events.append(event)
                if event.get("ready") or event.get("failed"):
                    break
    return events


def test_denied_spawn_shows_the_websites_reason(hub, fake):
    reason = "You have used today's 60 CPU-minutes; the quota resets at 00:00 UTC."
    fake.scripted["dora"] = [{"decision": "deny", "code": "quota_exhausted", "reason": reason}]
    hub.api("POST", "/users/dora")
    r = hub.api("POST", "/users/dora/server")
    assert r.status_code == 403
    assert reason in r.json()["message"]
    assert not hub.api("GET", "/users/dora").json()["servers"]


def test_full_pool_queues_with_position_then_admits(hub, fake):
    import threading

    fake.scripted["quinn"] = [
        {"decision": "queue", "position": 2, "retry_after": 1.5, "pool": "cpu"},
        {"decision": "queue", "position": 1, "retry_after": 1.5, "pool": "cpu"},
    ]
    hub.api("POST", "/users/quinn")
    # The spawn request waits; the spawn page (progress stream) is what the user watches meanwhile.
    spawner = threading.Thread(target=hub.api, args=("POST", "/users/quinn/server"))
    spawner.start()
    while not hub.api("GET", "/users/quinn").json()["servers"]:
        time.sleep(0.05)
    messages = [e.get("message", "") for e in progress_events(hub, "quinn")]
    spawner.join()
    assert any("number 2 in the queue" in m for m in messages), messages
    assert any("number 1 in the queue" in m for m in messages), messages
    assert hub.wait_ready("quinn")["ready"]
    assert [c for c in fake.admit_calls if c[0] == "quinn"] == [("quinn", "cpu")] * 3
    hub.stop_server("quinn")


def test_user_options_choose_the_pool_and_gpu_is_refused_on_a_cpu_host(hub, fake):
    fake.limits = {**fake.limits, "gpus": 1}
    try:
        hub.api("POST", "/users/gil")
        r = hub.api("POST", "/users/gil/server", json={"pool": "gpu"})
        assert r.status_code == 503, r.text
        assert "no GPU" in r.json()["message"]
        assert ("gil", "gpu") in fake.admit_calls
        assert len(fake.released) >= 1  # the admitted session is given back at once
    finally:
        fake.limits = {k: v for k, v in fake.limits.items() if k != "gpus"}


def test_heartbeats_meter_and_stop_on_the_websites_word(hub, fake):
    hub.spawn("hana")
    session = next(s for s, u in fake.sessions.items() if u == "hana")
    deadline = time.monotonic() + 10
    while session not in fake.heartbeats and time.monotonic() < deadline:
        time.sleep(0.2)
    assert session in fake.heartbeats
    fake.stop_sessions[session] = "Today's CPU quota is used up; it resets at 00:00 UTC."
    deadline = time.monotonic() + 30
    while hub.api("GET", "/users/hana").json()["servers"] and time.monotonic() < deadline:
        time.sleep(0.3)
    assert not hub.api("GET", "/users/hana").json()["servers"]
    assert session in fake.released
    assert "Today's CPU quota is used up" in hub.log()


def test_stop_releases_the_capacity(hub, fake):
    hub.spawn("ivo")
    session = next(s for s, u in fake.sessions.items() if u == "ivo")
    hub.stop_server("ivo")
    assert session in fake.released


def test_a_hub_crash_keeps_the_session_and_its_workspace(hub, fake):
    # A killed hub's sessions live on (their launchers have their own sessions) and the restarted hub
    # adopts them (hub/local_spawner.py): the capacity stays taken until the session stops.
    import signal

    hub.spawn("kai")
    hub.user_api("kai", "PUT", "/contents/notes.txt", json={"type": "file", "format": "text", "content": "n"})
    session = next(s for s, u in fake.sessions.items() if u == "kai")
    hub.proc.send_signal(signal.SIGKILL)
    hub.proc.wait(10)
    hub.stop()  # the proxy and the culler, left behind by the killed hub
    hub.start()
    deadline = time.monotonic() + 30
    while not hub.api("GET", "/users/kai").json()["servers"] and time.monotonic() < deadline:
        time.sleep(0.3)
    assert hub.api("GET", "/users/kai").json()["servers"], "the restarted hub did not adopt the session"
    assert session not in fake.released
    assert hub.user_api("kai", "GET", "/contents/notes.txt").json()["content"] == "n"
    hub.stop_server("kai")
    assert session in fake.released


def test_login_with_a_launch_token_lands_on_the_users_server(hub, fake):
    fake.tokens["good-token"] = {"username": "lena", "admin": True, "plan": "pro", "pool": "cpu", "next": None}
    with httpx.Client(base_url=hub.url, follow_redirects=False, timeout=30) as browser:
        r = browser.get("/hub/login", params={"token": "good-token"})
        assert r.status_code == 302
        # Follow the hub's redirects until the user's own server answers.
        location = r.headers["location"]
        for _ in range(10):
            r = browser.get(location)
            if r.status_code not in (301, 302, 303):
                break
            location = r.headers["location"]
        # A website admin logs in, but never as a hub admin (hub/auth.py: user servers share the
        # website's origin, and a hub admin could open them).
        assert hub.api("GET", "/users/lena").json()["admin"] is False
        hub.wait_ready("lena")
        # A used token does not log anyone in: it goes to the website's login page.
        again = httpx.get(hub.url + "/hub/login", params={"token": "good-token"}, follow_redirects=False)
        assert again.status_code == 302 and again.headers["location"].startswith("/login")
    hub.stop_server("lena")


def test_hub_login_without_a_token_goes_to_the_website(hub):
    r = httpx.get(hub.url + "/hub/login", params={"next": "/hub/spawn"}, follow_redirects=False)
    assert r.status_code == 302
    assert r.headers["location"] == "/login?next=%2Fhub%2Fspawn"
    r = httpx.get(hub.url + "/user/nobody/lab", follow_redirects=True)
    assert r.url.path == "/login"  # the proxy sends / to the website (here the fake one)
    assert "website page /login" in r.text
