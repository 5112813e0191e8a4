"""What a user does, through HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from .webhelpers import PASSWORD, csrf_of


def test_signup_confirm_login_me_launch_logout(site):
    c = site.new_client()
    r = c.post("/api/v1/signup", json={"email": "Ada@Example.com", "username": "ada", "password": PASSWORD})
    assert r.status_code == 201
    # Before confirming, launching is refused with a reason a person understands.
    assert c.post("/api/v1/login", json={"username": "ada", "password": PASSWORD}).status_code == 200
    r = c.post("/api/v1/launch", json={"pool": "cpu"})
    assert r.status_code == 403 and "Confirm your email" in r.json()["detail"]

    token = site.link_from_mail("ada@example.com", "/verify")
    assert c.post("/api/v1/verify", json={"token": token}).status_code == 200
    assert c.post("/api/v1/verify", json={"token": token}).status_code == 400  # single use

    me = c.get("/api/v1/me").json()
    assert me["user"]["username"] == "ada" and me["user"]["email_verified"] is True
    assert me["plan"] == "free" and me["quota"]["daily_cpu_minutes"] == 120
    assert me["usage"]["by_kind"]["cpu"] == {"used_minutes": 0.0, "quota_minutes": 120, "percent": 0}
    assert me["usage"]["resets_at"].endswith("T00:00:00Z")
    assert [p["name"] for p in me["pools"] if p["available"]] == ["cpu"]
    gpu = next(p for p in me["pools"] if p["name"] == "gpu")
    assert gpu["reason"] == "Your plan does not include this hardware pool."

    r = c.post("/api/v1/launch", json={"pool": "cpu"})
    assert r.status_code == 200
    url = urlsplit(r.json()["url"])
    assert url.path == "/hub/login" and r.json()["expires_in"] == 30
    launch_token = parse_qs(url.query)["token"][0]

    hub = site.client
    r = hub.post("/api/v1/internal/redeem", json={"token": launch_token}, headers=site.hub_headers)
    assert r.status_code == 200
    assert r.json() == {"username": "ada", "admin": False, "plan": "free", "pool": "cpu", "next": None}
    r = hub.post("/api/v1/internal/redeem", json={"token": launch_token}, headers=site.hub_headers)
    assert r.status_code == 400, "a launch token must be valid only once"

    # An admitted session shows on /me and the dashboard, with a working stop button.
    adm = site.admit("ada")
    assert adm["decision"] == "admit"
    me = c.get("/api/v1/me").json()
    assert [s["session_id"] for s in me["sessions"]] == [adm["session_id"]]

    assert c.post("/api/v1/logout").status_code == 200
    assert c.get("/api/v1/me").status_code == 401


def test_expired_launch_token_is_refused(site):
    c = site.signup("bea")
    url = c.post("/api/v1/launch", json={"pool": "cpu", "notebook": "HelloMojo.ipynb"}).json()["url"]
    q = parse_qs(urlsplit(url).query)
    assert q["next"] == ["/hub/user-redirect/lab/tree/examples/HelloMojo.ipynb"]
    site.clock.advance(31)
    r = site.client.post("/api/v1/internal/redeem", json={"token": q["token"][0]}, headers=site.hub_headers)
    assert r.status_code == 400


def test_login_by_email_and_wrong_password(site):
    c = site.signup("cyd")
    other = site.new_client()
    assert (
        other.post("/api/v1/login", json={"username": "CYD@example.com", "password": PASSWORD}).status_code
        == 200
    )
    r = site.new_client().post("/api/v1/login", json={"username": "cyd", "password": PASSWORD + "x"})
    assert r.status_code == 401 and "mojito_session" not in r.cookies
    assert c.get("/api/v1/me").status_code == 200


def test_password_change_logs_out_other_sessions(site):
    first = site.signup("dan")
    second = site.new_client()
    assert second.post("/api/v1/login", json={"username": "dan", "password": PASSWORD}).status_code == 200
    r = first.post("/api/v1/password", json={"old_password": "nope-nope-nope", "new_password": "x" * 12})
    assert r.status_code == 403
    r = first.post("/api/v1/password", json={"old_password": PASSWORD, "new_password": "tangerine-river-77"})
    assert r.status_code == 200
    assert first.get("/api/v1/me").status_code == 200
    assert second.get("/api/v1/me").status_code == 401
    fresh = site.new_client()
    assert fresh.post("/api/v1/login", json={"username": "dan", "password": PASSWORD}).status_code == 401
    assert (
        fresh.post("/api/v1/login", json={"username": "dan", "password": "tangerine-river-77"}).status_code
        == 200
    )


def test_password_reset_by_email(site):
    site.signup("eve")
    anon = site.new_client()
    assert anon.post("/api/v1/password-reset", json={"email": "eve@example.com"}).status_code == 202
    token = site.link_from_mail("eve@example.com", "/password-reset/confirm")
    r = anon.post("/api/v1/password-reset/confirm", json={"token": token, "new_password": "short"})
    assert r.status_code == 422  # a too-short password does not use up the link
    r = anon.post("/api/v1/password-reset/confirm", json={"token": token, "new_password": "lagoon-violet-93"})
    assert r.status_code == 200
    r = anon.post("/api/v1/password-reset/confirm", json={"token": token, "new_password": "lagoon-violet-94"})
    assert r.status_code == 400
    assert (
        anon.post("/api/v1/login", json={"username": "eve", "password": "lagoon-violet-93"}).status_code
        == 200
    )


def test_html_forms_without_javascript(site):
    """Signup, confirmation and login through the HTML forms, then the dashboard's Launch button."""
    c = site.new_client()
    page = c.get("/signup")
    r = c.post(
        "/signup",
        data={
            "csrf_token": csrf_of(page.text),
            "email": "fay@example.com",
            "username": "fay",
            "password": PASSWORD,
        },
    )
    assert r.status_code == 200 and "Check your email" in r.text
    token = site.link_from_mail("fay@example.com", "/verify")
    page = c.get(f"/verify?token={token}")
    assert "Confirm my address" in page.text
    r = c.post("/verify", data={"csrf_token": csrf_of(page.text), "token": token})
    assert "Email confirmed" in r.text
    page = c.get("/login")
    r = c.post(
        "/login",
        data={"csrf_token": csrf_of(page.text), "username": "fay", "password": PASSWORD},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == "/dashboard"
    dash = c.get("/dashboard")
    assert "Hello, fay" in dash.text and "Launch CPU" in dash.text and "0.0 of 120 session minutes" in dash.text
    r = c.post("/launch", data={"csrf_token": csrf_of(dash.text), "pool": "cpu"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/hub/login?token=")
    r = c.post("/logout", data={"csrf_token": csrf_of(dash.text)}, follow_redirects=False)
    assert r.status_code == 303
    assert c.get("/dashboard", follow_redirects=False).headers["location"] == "/login?next=/dashboard"


def test_accounts_survive_restart(site, tmp_path):
    """Accounts live in SQL: a second app on the same database and Redis sees them."""
    site.signup("gus")
    from fastapi.testclient import TestClient
    from mojito.web.app import create_app

    app2 = create_app(site.ctx.settings)
    with TestClient(app2, base_url="https://testserver") as c2:
        assert c2.post("/api/v1/login", json={"username": "gus", "password": PASSWORD}).status_code == 200
        assert c2.get("/api/v1/me").json()["user"]["email_verified"] is True
