"""What the hub measures of a session (CPU seconds from its cgroup, the workspace's disk use) reaches
the user's dashboard, /me and the admin pages; the figures are validated and counted once."""

from __future__ import annotations

import re

import pytest

from .webhelpers import PASSWORD


def _beat(site, sid: str, **report) -> dict:
    r = site.client.post("/api/v1/internal/heartbeat", json={"session_id": sid, **report}, headers=site.hub_headers)
    assert r.status_code == 200, r.text
    return r.json()


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_cpu_seconds_and_disk_use_show_on_the_dashboard_and_me(lite):
    ada = lite.signup("ada")
    me = ada.get("/api/v1/me").json()
    assert me["usage"]["cpu_seconds_today"] == 0 and me["usage"]["disk"] is None
    assert "not measured" not in ada.get("/dashboard").text  # no session, no CPU column

    sid = lite.admit("ada")["session_id"]
    _beat(lite, sid, cpu_seconds=12.25, disk={"used_bytes": 50 << 20, "size_bytes": 1000 << 20})
    lite.clock.advance(30)
    _beat(lite, sid, cpu_seconds=20.5, disk={"used_bytes": 60 << 20, "size_bytes": 1000 << 20})
    _beat(lite, sid, cpu_seconds=20.5)  # the same total again adds nothing
    me = ada.get("/api/v1/me").json()
    assert me["sessions"][0]["cpu_seconds"] == 20.5
    assert me["usage"]["cpu_seconds_today"] == 20.5
    disk = me["usage"]["disk"]
    assert (disk["used_bytes"], disk["size_bytes"], disk["percent"], disk["full"]) == (60 << 20, 1000 << 20, 6, False)
    page = _text(ada.get("/dashboard").text)
    assert "CPU time today: 20.5 s" in page, page
    assert "Workspace: 60.0 MB of 1000.0 MB used" in page, page
    assert "20.5 s" in page and "Open" in page

    # Release carries the last figures; the workspace's use stays on the dashboard afterwards.
    r = lite.client.post("/api/v1/internal/release", headers=lite.hub_headers,
                         json={"session_id": sid, "cpu_seconds": 31.0, "disk": {"used_bytes": 990 << 20, "size_bytes": 1000 << 20}})
    assert r.json() == {"released": True}
    me = ada.get("/api/v1/me").json()
    assert me["sessions"] == [] and me["usage"]["cpu_seconds_today"] == 31.0
    assert me["usage"]["disk"]["full"] is True
    page = _text(ada.get("/dashboard").text)
    assert "Workspace: 990.0 MB of 1000.0 MB used (full: delete files to save again)" in page, page
    assert 'id="bar-disk" max="100" value="99" class="over"' in ada.get("/dashboard").text

    # A new session's CPU time starts again from its own cgroup and adds to the day.
    sid2 = lite.admit("ada")["session_id"]
    _beat(lite, sid2, cpu_seconds=4.0)
    assert ada.get("/api/v1/me").json()["usage"]["cpu_seconds_today"] == 35.0


def test_the_admin_sees_each_users_workspace_disk(lite):
    lite.signup("bea")
    lite.signup("cyd")
    sid = lite.admit("bea")["session_id"]
    _beat(lite, sid, cpu_seconds=3.5, disk={"used_bytes": 3 << 30, "size_bytes": 4 << 30})
    admin = lite.admin_client()
    rows = {u["username"]: u for u in admin.get("/api/v1/admin/users").json()}
    assert rows["bea"]["disk"]["used"] == "3.0 GB" and rows["bea"]["disk"]["size"] == "4.0 GB"
    assert rows["cyd"]["disk"] is None
    listing = _text(admin.get("/admin").text)
    assert "3.0 GB of 4.0 GB" in listing and "not measured" in listing, listing
    detail = _text(admin.get("/admin/users/bea").text)
    assert "3.0 GB of 4.0 GB (75%)" in detail and "CPU time today 3.5 s" in detail, detail
    assert admin.get("/api/v1/admin/users/bea").json()["sessions"][0]["cpu_seconds"] == 3.5


@pytest.mark.parametrize("report", [
    {"cpu_seconds": -1},
    {"cpu_seconds": "12<script>"},
    {"disk": {"used_bytes": "<b>1</b>", "size_bytes": 10}},
    {"disk": {"used_bytes": 1, "size_bytes": 10, "note": "<script>alert(1)</script>"}},
    {"disk": {"used_bytes": -5, "size_bytes": 10}},
    {"memory": 5},
])
def test_malformed_reports_are_refused_and_nothing_reaches_a_page(lite, report):
    lite.signup("eve")
    sid = lite.admit("eve")["session_id"]
    r = lite.client.post("/api/v1/internal/heartbeat", json={"session_id": sid, **report}, headers=lite.hub_headers)
    assert r.status_code == 422, r.text
    eve = lite.new_client()
    assert eve.post("/api/v1/login", json={"username": "eve", "password": PASSWORD}).status_code == 200
    me = eve.get("/api/v1/me").json()
    assert me["usage"]["disk"] is None and me["usage"]["cpu_seconds_today"] == 0
    assert "<script>" not in eve.get("/dashboard").text


def test_reports_need_the_service_token(lite):
    lite.signup("fay")
    sid = lite.admit("fay")["session_id"]
    fay = lite.new_client()
    r = fay.post("/api/v1/internal/heartbeat", json={"session_id": sid, "cpu_seconds": 1e9})
    assert r.status_code == 401
