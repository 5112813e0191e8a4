"""The admin dashboard and the admin JSON API, with the audit log of every action."""

from __future__ import annotations

from .webhelpers import csrf_of


def test_admin_pages_change_plan_overrides_suspend_and_audit(site):
    site.signup("ana")
    admin = site.admin_client()
    users = admin.get("/admin?q=an").text
    assert 'href="/admin/users/ana"' in users and "admin@localhost" not in users
    page = admin.get("/admin/users/ana").text
    token = csrf_of(page)
    assert (
        admin.post(
            "/admin/users/ana",
            data={"csrf_token": token, "action": "plan", "plan": "pro"},
            follow_redirects=False,
        ).status_code
        == 303
    )
    r = admin.post(
        "/admin/users/ana",
        data={"csrf_token": token, "action": "overrides", "daily_cpu_minutes": "5", "memory_mb": ""},
    )
    assert r.status_code == 200
    r = admin.post(
        "/admin/users/ana", data={"csrf_token": token, "action": "overrides", "daily_cpu_minutes": "-3"}
    )
    assert r.status_code == 422 and "must not be negative" in r.text
    admin.post("/admin/users/ana", data={"csrf_token": token, "action": "suspend"})
    view = admin.get("/api/v1/admin/users/ana").json()
    assert (view["plan"], view["overrides"], view["suspended"]) == ("pro", {"daily_cpu_minutes": 5}, True)
    assert view["effective"]["daily_cpu_minutes"] == 5 and view["effective"]["memory_mb"] == 8192
    admin.post("/admin/users/ana", data={"csrf_token": token, "action": "unsuspend"})
    actions = [(e["actor"], e["action"], e["target"]) for e in admin.get("/api/v1/admin/audit").json()]
    assert actions == [
        ("admin", "unsuspend", "ana"),
        ("admin", "suspend", "ana"),
        ("admin", "set_overrides", "ana"),
        ("admin", "set_plan", "ana"),
    ]
    assert "set_overrides" in admin.get("/admin/audit").text


def test_admin_cannot_suspend_itself_or_set_unknown_plan(lite):
    admin = lite.admin_client()
    r = admin.patch("/api/v1/admin/users/admin", json={"suspended": True})
    assert r.status_code == 422 and admin.get("/api/v1/me").status_code == 200
    lite.signup("pat")
    assert admin.patch("/api/v1/admin/users/pat", json={"plan": "platinum"}).status_code == 422
    assert admin.patch("/api/v1/admin/users/pat", json={"overrides": {"gpus": 8}}).status_code == 422
    assert admin.patch("/api/v1/admin/users/nobody", json={"plan": "pro"}).status_code == 404
    assert admin.get("/api/v1/admin/audit").json() == []


def test_plans_are_edited_and_take_effect(site):
    c = site.signup("pla")
    admin = site.admin_client()
    page = admin.get("/admin/plans").text
    form = {
        "csrf_token": csrf_of(page),
        "allowed_pools": ["cpu", "gpu"],
        "max_sessions": "2",
        "daily_cpu_minutes": "30",
        "daily_gpu_minutes": "5",
        "max_session_minutes": "60",
        "idle_timeout_minutes": "15",
        "memory_mb": "4096",
        "cpu_share": "1.5",
        "disk_mb": "2048",
    }
    assert admin.post("/admin/plans/free", data=form, follow_redirects=False).status_code == 303
    me = c.get("/api/v1/me").json()
    assert me["quota"]["daily_cpu_minutes"] == 30 and me["quota"]["allowed_pools"] == ["cpu", "gpu"]
    assert site.admit("pla")["limits"]["memory_mb"] == 4096
    assert site.admit("pla")["decision"] == "admit"  # two sessions allowed now
    bad = {**form, "memory_mb": "lots"}
    r = admin.post("/admin/plans/free", data=bad)
    assert r.status_code == 422 and "memory_mb" in r.text
    r = admin.put(
        "/api/v1/admin/plans/free",
        json={**{k: v for k, v in form.items() if k != "csrf_token"}, "allowed_pools": ["tpu"]},
    )
    assert r.status_code == 422 and "unknown pools: tpu" in r.text
    plans = {p["name"]: p for p in admin.get("/api/v1/admin/plans").json()}
    assert plans["free"]["daily_cpu_minutes"] == 30 and plans["pro"]["daily_cpu_minutes"] == 1440
    assert [e["action"] for e in admin.get("/api/v1/admin/audit").json()] == ["edit_plan"]


def test_admin_pools_page_and_users_list(lite):
    lite.signup("poo")
    lite.admit("poo")
    admin = lite.admin_client()
    html = admin.get("/admin/pools").text
    assert "<td>cpu</td><td>cpu</td><td>8</td><td>1</td><td>0</td>" in html
    users = admin.get("/api/v1/admin/users").json()
    assert {u["username"] for u in users} == {"admin", "poo"}
