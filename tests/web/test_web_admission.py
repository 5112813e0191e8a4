"""Admission, queue, heartbeats, metering and release: the contract the hub relies on."""

from __future__ import annotations

import datetime as dt

import redis
from mojito.web.models import UsageDaily
from sqlalchemy import select

QUEUE_CONFIG = """
[sessions]
heartbeat_interval = 30
heartbeat_timeout = 120
queue_ttl = 60
[pools.cpu]
kind = "cpu"
capacity = 2
[pools.gpu]
kind = "gpu"
capacity = 0
[plans.free]
allowed_pools = ["cpu", "gpu"]
max_sessions = 1
daily_cpu_minutes = 60
daily_gpu_minutes = 10
max_session_minutes = 60
idle_timeout_minutes = 10
memory_mb = 1024
cpu_share = 0.5
disk_mb = 100
"""


def test_admit_answers_session_and_limits(site):
    site.signup("ada")
    a = site.admit("ada")
    assert a["decision"] == "admit" and a["session_id"].startswith("s_") and a["plan"] == "free"
    assert a["limits"] == {
        "memory_mb": 2048,
        "cpu_share": 1.0,
        "disk_mb": 1024,
        "gpus": 0,
        "max_session_seconds": 7200,
        "idle_timeout_seconds": 1800,
        "remaining_quota_seconds": 7200,
    }
    assert a["heartbeat_interval"] == 30 and a["heartbeat_timeout"] == 120


def test_deny_reasons_a_person_can_read(site):
    site.signup("bob")
    site.signup("unv", verify=False)
    assert site.admit("nobody")["code"] == "unknown_user"
    assert site.admit("bob", "tpu")["code"] == "unknown_pool"
    d = site.admit("bob", "gpu")
    assert d == {
        "decision": "deny",
        "code": "pool_not_allowed",
        "reason": "Your plan does not include this hardware pool.",
    }
    assert site.admit("unv")["code"] == "unverified"
    admin = site.admin_client()
    admin.patch("/api/v1/admin/users/bob", json={"plan": "pro"})
    assert site.admit("bob", "gpu")["code"] == "pool_unavailable"  # gpu capacity is 0 by default
    assert site.admit("bob")["decision"] == "admit"


def test_one_session_plan_denies_a_second_session(lite):
    lite.signup("solo")
    first = lite.admit("solo")
    assert first["decision"] == "admit"
    second = lite.admit("solo")
    assert second["code"] == "max_sessions" and "stop one first" in second["reason"]
    assert lite.client.post(
        "/api/v1/internal/release", json={"session_id": first["session_id"]}, headers=lite.hub_headers
    ).json() == {"released": True}
    assert lite.client.post(
        "/api/v1/internal/release", json={"session_id": first["session_id"]}, headers=lite.hub_headers
    ).json() == {"released": False}
    assert lite.admit("solo")["decision"] == "admit"


def test_full_pool_queues_in_order_and_forgets_who_stops_asking(make_site):
    s = make_site(QUEUE_CONFIG)
    for name in ("u1", "u2", "u3", "u4", "u5"):
        s.signup(name)
    a1, a2 = s.admit("u1"), s.admit("u2")
    assert a1["decision"] == a2["decision"] == "admit"
    assert s.admit("u3") == {"decision": "queue", "position": 1, "pool": "cpu", "retry_after": 10}
    assert s.admit("u4")["position"] == 2
    assert s.admit("u3")["position"] == 1  # asking again keeps the place
    # A free slot goes to the head of the queue, not to whoever asks first.
    s.client.post("/api/v1/internal/release", json={"session_id": a1["session_id"]}, headers=s.hub_headers)
    assert s.admit("u4")["decision"] == "queue"
    assert s.admit("u3")["decision"] == "admit"
    # u4 stops asking; u5 keeps asking; after the queue ttl u4 is gone and u5 moves up.
    assert s.admit("u5")["position"] == 2
    s.clock.advance(40)
    assert s.admit("u5")["position"] == 2
    s.clock.advance(30)
    assert s.admit("u5")["position"] == 1
    pools = s.admin_client().get("/api/v1/admin/pools").json()
    assert {p["name"]: (p["in_use"], p["queued"]) for p in pools} == {"cpu": (2, 1), "gpu": (0, 0)}


def test_heartbeats_meter_usage_to_redis_and_sql(site):
    c = site.signup("met")
    sid = site.admit("met")["session_id"]
    site.clock.advance(30)
    hb = site.heartbeat(sid)
    assert hb == {"continue": True, "remaining_quota_seconds": 7170, "remaining_session_seconds": 7170}
    site.clock.advance(60)
    assert site.heartbeat(sid)["remaining_quota_seconds"] == 7110
    me = c.get("/api/v1/me").json()
    assert me["usage"]["by_kind"]["cpu"]["used_minutes"] == 1.5
    with site.ctx.sessions() as db:
        row = db.scalar(select(UsageDaily))
        assert (row.pool, round(row.seconds)) == ("cpu", 90)
    # A gap longer than the heartbeat timeout is metered as the timeout, not the whole gap.
    site.clock.advance(1000)
    assert site.heartbeat(sid)["remaining_quota_seconds"] == 7110 - 120


def test_quota_exhausted_mid_session_stops_it(site):
    site.signup("quo")
    admin = site.admin_client()
    assert (
        admin.patch("/api/v1/admin/users/quo", json={"overrides": {"daily_cpu_minutes": 1}}).status_code
        == 200
    )
    a = site.admit("quo")
    assert a["limits"]["remaining_quota_seconds"] == 60
    site.clock.advance(30)
    assert site.heartbeat(a["session_id"])["continue"] is True
    site.clock.advance(30)
    hb = site.heartbeat(a["session_id"])
    assert hb["continue"] is False and hb["code"] == "quota_exhausted"
    assert "used today's 1 CPU-minutes" in hb["reason"] and "resets at 00:00 UTC" in hb["reason"]
    site.client.post(
        "/api/v1/internal/release", json={"session_id": a["session_id"]}, headers=site.hub_headers
    )
    assert site.admit("quo")["code"] == "quota_exhausted"
    # The next UTC day starts from zero; yesterday stays in the history.
    now = dt.datetime.fromtimestamp(site.clock.now, dt.UTC)
    tomorrow = (now + dt.timedelta(days=1)).replace(hour=0, minute=1)
    site.clock.advance((tomorrow - now).total_seconds())
    assert site.admit("quo")["decision"] == "admit"
    history = admin.get("/api/v1/admin/users/quo").json()["usage"]["history"]
    assert history == [{"day": now.date().isoformat(), "pool": "cpu", "minutes": 1.0}]
    assert "Usage, last 7 days" in admin.get("/admin/users/quo").text


def test_max_session_length_stops_the_session(lite):
    lite.signup("long")
    lite.admin_client().patch("/api/v1/admin/users/long", json={"overrides": {"max_session_minutes": 1}})
    sid = lite.admit("long")["session_id"]
    lite.clock.advance(45)
    assert lite.heartbeat(sid)["remaining_session_seconds"] == 15
    lite.clock.advance(20)
    assert lite.heartbeat(sid)["code"] == "max_session_length"


def test_sessions_without_heartbeats_are_released(lite):
    """A crashed hub must not leak capacity: silent sessions are reaped after the timeout."""
    c = lite.signup("gone")
    old = lite.admit("gone")["session_id"]
    lite.clock.advance(121)
    assert c.get("/api/v1/me").json()["sessions"] == []
    assert lite.admit("gone")["decision"] == "admit"
    assert lite.heartbeat(old) == {
        "continue": False,
        "code": "unknown_session",
        "reason": "This session has ended.",
    }


def test_stop_from_the_website_reaches_the_hub_at_the_next_heartbeat(lite):
    c = lite.signup("stp")
    sid = lite.admit("stp")["session_id"]
    other = lite.signup("other")
    assert other.post(f"/api/v1/sessions/{sid}/stop").status_code == 404  # not someone else's session
    assert lite.heartbeat(sid)["continue"] is True
    assert c.post(f"/api/v1/sessions/{sid}/stop").status_code == 200
    assert lite.heartbeat(sid)["code"] == "stopped_by_user"
    assert c.get("/api/v1/me").json()["sessions"][0]["stopping"] is True
    # Admin stop and suspension the same way.
    lite.client.post("/api/v1/internal/release", json={"session_id": sid}, headers=lite.hub_headers)
    sid = lite.admit("stp")["session_id"]
    admin = lite.admin_client()
    assert admin.post("/api/v1/admin/users/stp/stop-sessions").json() == {"stopping": 1}
    assert lite.heartbeat(sid)["code"] == "stopped_by_admin"
    sid2 = lite.admit("other")["session_id"]
    admin.patch("/api/v1/admin/users/other", json={"suspended": True})
    assert lite.heartbeat(sid2)["code"] == "suspended"


def test_usage_survives_a_redis_restart(site):
    """Redis keeps only what can be rebuilt: usage counters come back from SQL."""
    c = site.signup("dur")
    sid = site.admit("dur")["session_id"]
    site.clock.advance(90)
    site.heartbeat(sid)
    r = redis.Redis.from_url(site.ctx.settings.redis_url)
    r.delete(*list(r.scan_iter(match=site.ctx.settings.redis_prefix + "*")))
    me = c.get("/api/v1/me").json()
    assert me["usage"]["by_kind"]["cpu"]["used_minutes"] == 1.5 and me["sessions"] == []
    a = site.admit("dur")
    assert a["limits"]["remaining_quota_seconds"] == 7200 - 90


def test_admin_reset_usage(lite):
    c = lite.signup("rst")
    sid = lite.admit("rst")["session_id"]
    lite.clock.advance(120)
    lite.heartbeat(sid)
    assert c.get("/api/v1/me").json()["usage"]["by_kind"]["cpu"]["used_minutes"] == 2.0
    assert lite.admin_client().post("/api/v1/admin/users/rst/reset-usage").status_code == 200
    assert c.get("/api/v1/me").json()["usage"]["by_kind"]["cpu"]["used_minutes"] == 0.0
