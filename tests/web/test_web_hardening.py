"""Issue 13's website holes, each reproduced as an outsider would try it: enumeration by timing,
cross-site writes to the JSON API, public metrics, lock-out of a real user by strangers."""

from __future__ import annotations

import statistics
import time

import pytest
from fastapi.testclient import TestClient
from mojito.web import passwords
from mojito.web.config import load_settings

from .webhelpers import PASSWORD


def _client(site, n: int) -> TestClient:
    # A client address per attempt: the per-address signup and reset limits stay out of the way.
    return TestClient(site.app, base_url="https://testserver", client=(f"10.13.{n // 250}.{n % 250 + 1}", 40000))


def _timed(client: TestClient, path: str, body: dict) -> tuple[int, float]:
    start = time.perf_counter()
    r = client.post(path, json=body)
    return r.status_code, time.perf_counter() - start


def _assert_same_time(a: list[float], b: list[float], what: str) -> None:
    """The medians differ by no more than the noise measured in this run (the spread within each
    kind), with a floor of 10% of the answer time for machines where the spread is tiny."""
    noise = max(statistics.quantiles(a, n=4)[2] - statistics.quantiles(a, n=4)[0],
                statistics.quantiles(b, n=4)[2] - statistics.quantiles(b, n=4)[0])
    diff = abs(statistics.median(a) - statistics.median(b))
    tolerance = max(noise, 0.1 * statistics.median(a))
    assert diff <= tolerance, (
        f"{what}: medians {statistics.median(a) * 1000:.1f} ms vs {statistics.median(b) * 1000:.1f} ms, "
        f"tolerance {tolerance * 1000:.1f} ms (spread {noise * 1000:.1f} ms); "
        f"a={[round(x * 1000) for x in a]} b={[round(x * 1000) for x in b]}"
    )


@pytest.mark.timeout(180)
def test_signup_and_reset_answer_in_the_same_time_for_registered_and_new_addresses(lite, monkeypatch, tmp_path):
    # The production profile: real argon2 parameters, the default uniform answer time.
    monkeypatch.setattr(passwords, "_hasher", passwords.make_hasher(weak=False))
    lite.ctx.settings.uniform_answer_seconds = load_settings({"MOJITO_DATA_DIR": str(tmp_path)}).uniform_answer_seconds
    lite.signup("known", email="known@example.com")
    rounds = 7
    known, new = [], []
    n = 0
    for i in range(rounds):  # interleaved, so load changes hit both kinds alike
        n += 2
        code_a, t_a = _timed(_client(lite, n), "/api/v1/signup",
                             {"email": "known@example.com", "username": f"again{i}", "password": PASSWORD})
        code_b, t_b = _timed(_client(lite, n + 1), "/api/v1/signup",
                             {"email": f"fresh{i}@example.com", "username": f"fresh{i}", "password": PASSWORD})
        assert code_a == code_b == 201
        known.append(t_a)
        new.append(t_b)
    _assert_same_time(known, new, "signup")
    known, unknown = [], []
    for i in range(rounds):
        n += 2
        code_a, t_a = _timed(_client(lite, n), "/api/v1/password-reset", {"email": "known@example.com"})
        code_b, t_b = _timed(_client(lite, n + 1), "/api/v1/password-reset", {"email": f"nobody{i}@example.com"})
        assert code_a == code_b == 202
        known.append(t_a)
        unknown.append(t_b)
    _assert_same_time(known, unknown, "password reset")


STATE_CHANGING = [
    ("/api/v1/signup", {"email": "x@example.com", "username": "xsite", "password": PASSWORD}),
    ("/api/v1/login", {"username": "victim", "password": PASSWORD}),
    ("/api/v1/logout", None),
    ("/api/v1/password-reset", {"email": "victim@example.com"}),
    ("/api/v1/launch", {"pool": "cpu"}),
    ("/api/v1/password", {"old_password": PASSWORD, "new_password": "another-fine-pass-1"}),
]


@pytest.mark.parametrize("path,body", STATE_CHANGING)
def test_state_changing_json_endpoints_refuse_other_origins(lite, path, body):
    c = lite.signup("victim")
    for headers in ({"Origin": "https://evil.example"}, {"Origin": "null"},
                    {"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"},
                    {"Origin": "https://testserver.evil.example"}):
        r = c.post(path, json=body, headers=headers)
        assert r.status_code == 403 and r.json() == {"detail": "cross-site request refused"}, (headers, r.text)
    # Still logged in: the refused logout did nothing.
    assert c.get("/api/v1/me").status_code == 200
    # The same request from the site's own pages goes through.
    r = c.post(path, json=body, headers={"Origin": "https://testserver", "Sec-Fetch-Site": "same-origin"})
    assert r.status_code < 400 or r.status_code in (409, 422), r.text


def test_the_hub_api_is_not_subject_to_origin_checks(lite):
    lite.signup("hubbed")
    r = lite.client.post("/api/v1/internal/admit", json={"username": "hubbed", "pool": "cpu"},
                         headers={**lite.hub_headers, "Origin": "https://elsewhere.example"})
    assert r.status_code == 200 and r.json()["decision"] == "admit"


def test_metrics_only_for_a_loopback_scrape_or_the_token(lite):
    assert lite.new_client().get("/metrics").status_code == 403  # a visitor from outside
    local = lite.local_client()
    assert local.get("/metrics").status_code == 200
    # Through a proxy on this host the request comes from loopback too, but it is not local.
    assert local.get("/metrics", headers={"X-Forwarded-For": "203.0.113.9"}).status_code == 403
    lite.ctx.settings.metrics_token = "scrape-token-for-tests"
    outside = lite.new_client()
    assert outside.get("/metrics", headers={"Authorization": "Bearer scrape-token-for-tests"}).status_code == 200
    assert outside.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert "mojito_signups_total" in local.get("/metrics").text


CONFIG = """
[pools.cpu]
kind = "cpu"
capacity = 2
[plans.free]
allowed_pools = ["cpu"]
max_sessions = 1
daily_cpu_minutes = 60
daily_gpu_minutes = 0
max_session_minutes = 60
idle_timeout_minutes = 10
memory_mb = 1024
cpu_share = 1.0
disk_mb = 100
[rate_limits]
login_per_client = [8, 600]
login_per_account_client = [3, 600]
"""


def test_strangers_cannot_lock_out_a_user_and_username_and_email_share_a_counter(make_site):
    s = make_site(CONFIG)
    s.signup("victim", email="victim@example.com", client=_client(s, 1))
    attacker = _client(s, 2)
    codes = [attacker.post("/api/v1/login", json={"username": login, "password": "guess-guess-1"}).status_code
             for login in ("victim", "VICTIM@example.com", "victim@example.com")]
    assert codes == [401, 401, 401]
    # The email is the same account: no second counter for the attacker.
    assert attacker.post("/api/v1/login", json={"username": "victim", "password": PASSWORD}).status_code == 429
    assert attacker.post("/api/v1/login", json={"username": "victim@example.com",
                                                "password": PASSWORD}).status_code == 429
    # The real user, from their own address, is not locked out.
    assert _client(s, 3).post("/api/v1/login", json={"username": "victim", "password": PASSWORD}).status_code == 200
    # The attacker's address runs out of attempts for every account at once (the global limit).
    others = [attacker.post("/api/v1/login", json={"username": f"other{i}", "password": "guess-guess-1"}).status_code
              for i in range(4)]
    assert others == [401, 401, 401, 429]
