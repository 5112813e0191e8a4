"""Hostile input: malformed and duplicate signups, injection, CSRF, brute force, wrong credentials
on internal and admin endpoints, forged and replayed launch tokens, user enumeration."""

from __future__ import annotations

import base64
import json
from urllib.parse import parse_qs, urlsplit

import pytest

from .webhelpers import PASSWORD, csrf_of

MALFORMED = [
    ({"email": "not-an-email", "username": "okname", "password": PASSWORD}, 422),
    ({"email": "a@example.com", "username": "Upper", "password": PASSWORD}, 422),
    ({"email": "a@example.com", "username": "1starts-with-digit", "password": PASSWORD}, 422),
    ({"email": "a@example.com", "username": "x" * 31, "password": PASSWORD}, 422),
    ({"email": "a@example.com", "username": "", "password": PASSWORD}, 422),
    ({"email": "a@example.com", "username": "has space", "password": PASSWORD}, 422),
    ({"email": "a@example.com", "username": "admin", "password": PASSWORD}, 422),
    ({"email": "a@example.com", "username": "okname", "password": "short"}, 422),
    ({"email": "a@example.com", "username": "okname", "password": "password123"}, 422),
    ({"email": "a@example.com", "username": "okname", "password": "x" * 300}, 422),
    ({"email": "a@example.com", "username": "okname"}, 422),
    ({"email": "a@example.com", "username": "okname", "password": PASSWORD, "admin": True}, 422),
]


@pytest.mark.parametrize("body,status", MALFORMED)
def test_malformed_signups_are_refused(lite, body, status):
    r = lite.new_client().post("/api/v1/signup", json=body)
    assert r.status_code == status, r.text
    assert lite.outbox() == []


def test_duplicate_signups(site):
    c = site.new_client()
    body = {"email": "ann@example.com", "username": "ann", "password": PASSWORD}
    assert c.post("/api/v1/signup", json=body).status_code == 201
    r = c.post("/api/v1/signup", json={**body, "email": "other@example.com"})
    assert r.status_code == 409 and "taken" in r.json()["detail"]
    # Same email, new username: answered exactly like a fresh signup (no enumeration); no second
    # account exists and the owner of the address is told.
    r = c.post("/api/v1/signup", json={**body, "username": "ann2", "email": "ANN@example.com"})
    assert r.status_code == 201 and r.json() == {"status": "check your email"}
    assert c.post("/api/v1/login", json={"username": "ann2", "password": PASSWORD}).status_code == 401
    subjects = [m["Subject"] for m in site.outbox() if m["To"] == "ann@example.com"]
    assert subjects == ["Confirm your Mojito account", "Someone tried to sign up with your address"]


SQLI = "x' OR '1'='1'; DROP TABLE users; --"
XSS = '<script>alert("pwn")</script>'


def test_sql_and_html_injection_is_stored_and_shown_escaped(site):
    # An email with SQL metacharacters is a valid address: it is stored verbatim...
    sneaky = "o'brien'--%_or@example.com"
    site.signup("obrien", email=sneaky)
    admin = site.admin_client()
    users = admin.get("/api/v1/admin/users").json()
    assert sneaky in [u["email"] for u in users]
    # ... shown escaped in the admin pages, and the table is still there.
    page = admin.get("/admin").text
    assert "o&#39;brien&#39;--%_or@example.com" in page
    # Injection in login fields: refused, the reflected value escaped.
    c = site.new_client()
    assert c.post("/api/v1/login", json={"username": SQLI, "password": SQLI}).status_code == 401
    form = c.get("/login")
    r = c.post("/login", data={"csrf_token": csrf_of(form.text), "username": XSS, "password": "x"})
    assert r.status_code == 401 and XSS not in r.text and "&lt;script&gt;" in r.text
    # Search with LIKE wildcards and SQL: no error, no match, reflected escaped.
    r = admin.get("/admin", params={"q": XSS + "%' OR 1=1 --"})
    assert r.status_code == 200 and XSS not in r.text and "No user matches" in r.text
    # LIKE wildcards are matched literally: only the address that contains them.
    for wildcard in ("%", "_"):
        found = admin.get("/api/v1/admin/users", params={"q": wildcard}).json()
        assert [u["username"] for u in found] == ["obrien"]
    # Signup form with injected email: refused, echoed escaped.
    form = c.get("/signup")
    r = c.post(
        "/signup",
        data={"csrf_token": csrf_of(form.text), "email": XSS, "username": "zed", "password": PASSWORD},
    )
    assert r.status_code == 422 and XSS not in r.text
    assert len(admin.get("/api/v1/admin/users").json()) == 2  # admin and obrien: nothing dropped


@pytest.mark.parametrize(
    "path,data",
    [
        ("/login", {"username": "admin", "password": "x"}),
        ("/signup", {"email": "x@example.com", "username": "xx", "password": PASSWORD}),
        ("/password-reset", {"email": "x@example.com"}),
        ("/logout", {}),
        ("/launch", {"pool": "cpu"}),
    ],
)
def test_form_posts_without_csrf_token_are_rejected(lite, path, data):
    c = lite.signup("csrfuser")
    c.get("/login")  # the visitor has a CSRF cookie...
    r = c.post(path, data=data, follow_redirects=False)  # ... but the form carries no token
    assert r.status_code == 403
    r = c.post(path, data={**data, "csrf_token": "forged"}, follow_redirects=False)
    assert r.status_code == 403
    assert c.get("/api/v1/me").status_code == 200  # still logged in: /logout did nothing


def test_csrf_token_from_another_visitor_is_rejected(lite):
    attacker = lite.new_client()
    token = csrf_of(attacker.get("/login").text)
    victim = lite.new_client()
    victim.get("/login")
    r = victim.post("/login", data={"csrf_token": token, "username": "admin", "password": "x"})
    assert r.status_code == 403


def test_admin_form_without_csrf_is_rejected(lite):
    lite.signup("target")
    admin = lite.admin_client()
    admin.get("/admin")
    r = admin.post("/admin/users/target", data={"action": "suspend"})
    assert r.status_code == 403
    assert admin.get("/api/v1/admin/users/target").json()["suspended"] is False


def test_cross_site_api_post_with_cookie_is_rejected(lite):
    c = lite.signup("xsite")
    r = c.post("/api/v1/launch", json={"pool": "cpu"}, headers={"Origin": "https://evil.example"})
    assert r.status_code == 403
    r = c.post("/api/v1/launch", json={"pool": "cpu"}, headers={"Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 403
    assert (
        c.post("/api/v1/launch", json={"pool": "cpu"}, headers={"Origin": "https://testserver"}).status_code
        == 200
    )


def test_login_brute_force_is_rate_limited(lite):
    lite.signup("victim")  # one login: 9 of the 10 attempts per 10 minutes are left
    c = lite.new_client()
    codes = [
        c.post("/api/v1/login", json={"username": "victim", "password": f"guess-{i}-xxxx"}).status_code
        for i in range(9)
    ]
    assert codes == [401] * 9
    r = c.post("/api/v1/login", json={"username": "victim", "password": PASSWORD})
    assert r.status_code == 429, "the right password must not get through during a lock-out"
    assert 0 < int(r.headers["Retry-After"]) <= 600
    # The form answers the same way, as a page.
    form = c.get("/login")
    r = c.post("/login", data={"csrf_token": csrf_of(form.text), "username": "victim", "password": "x"})
    assert r.status_code == 429 and "Retry-After" in r.headers and "Slow down" in r.text


def test_logins_per_ip_and_signups_per_ip_are_rate_limited(make_site):
    s = make_site(CONFIG_TIGHT)
    c = s.new_client()
    codes = [
        c.post("/api/v1/login", json={"username": f"user{i}", "password": "whatever-123"}).status_code
        for i in range(4)
    ]
    assert codes == [401, 401, 401, 429]
    codes = [
        c.post(
            "/api/v1/signup", json={"email": f"s{i}@example.com", "username": f"s{i}x", "password": PASSWORD}
        ).status_code
        for i in range(3)
    ]
    assert codes == [201, 201, 429]


CONFIG_TIGHT = """
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
login_per_ip = [3, 600]
signup_per_ip = [2, 3600]
launch_per_user = [2, 60]
"""


def test_launches_per_user_are_rate_limited(make_site):
    s = make_site(CONFIG_TIGHT)
    c = s.signup("launcher")
    codes = [c.post("/api/v1/launch", json={"pool": "cpu"}).status_code for _ in range(3)]
    assert codes == [200, 200, 429]


INTERNAL = [
    ("/api/v1/internal/admit", {"username": "admin", "pool": "cpu"}),
    ("/api/v1/internal/heartbeat", {"session_id": "s_x"}),
    ("/api/v1/internal/release", {"session_id": "s_x"}),
    ("/api/v1/internal/redeem", {"token": "x.y"}),
]


@pytest.mark.parametrize("path,body", INTERNAL)
def test_internal_api_refuses_user_and_admin_cookies(lite, path, body):
    for c in (lite.signup("plain"), lite.admin_client()):
        assert c.post(path, json=body).status_code == 401
        assert c.post(path, json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert lite.client.post(path, json=body, headers=lite.hub_headers).status_code in (200, 400)


@pytest.mark.parametrize(
    "method,path",
    [
        ("GET", "/api/v1/admin/users"),
        ("GET", "/api/v1/admin/pools"),
        ("GET", "/api/v1/admin/audit"),
        ("PATCH", "/api/v1/admin/users/admin"),
        ("POST", "/api/v1/admin/users/admin/reset-usage"),
        ("GET", "/admin"),
        ("GET", "/admin/plans"),
    ],
)
def test_admin_endpoints_refuse_users_and_the_service_token(lite, method, path):
    user = lite.signup("mallory")
    r = user.request(method, path, json={"suspended": True} if method == "PATCH" else None)
    assert r.status_code == 403
    anon = lite.new_client()
    assert anon.request(method, path, headers=lite.hub_headers).status_code == 401


def _tamper(token: str, **changes: object) -> str:
    body, mac = token.split(".")
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    payload.update(changes)
    new = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
    return f"{new}.{mac}"


def test_forged_and_replayed_launch_tokens_are_refused(lite):
    c = lite.signup("tok")
    token = parse_qs(urlsplit(c.post("/api/v1/launch", json={"pool": "cpu"}).json()["url"]).query)["token"][0]
    from mojito.web import tokens

    forged = [
        _tamper(token, sub="admin"),  # someone else's name
        _tamper(token, exp=10**10),  # extended validity
        tokens.sign("not-the-site-key", json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "==="))),
        token.split(".")[0] + ".",  # no signature
        "garbage",
        "",
        "a.b.c",
        "." * 50,
    ]
    for bad in forged:
        r = lite.client.post("/api/v1/internal/redeem", json={"token": bad}, headers=lite.hub_headers)
        assert r.status_code == 400, bad
    r = lite.client.post("/api/v1/internal/redeem", json={"token": token}, headers=lite.hub_headers)
    assert r.status_code == 200 and r.json()["username"] == "tok"
    r = lite.client.post("/api/v1/internal/redeem", json={"token": token}, headers=lite.hub_headers)
    assert r.status_code == 400


def test_no_user_enumeration_through_login_or_reset(lite):
    lite.signup("known")
    c = lite.new_client()
    wrong = c.post("/api/v1/login", json={"username": "known", "password": "wrong-password-1"})
    unknown = c.post("/api/v1/login", json={"username": "nobody", "password": "wrong-password-1"})
    assert (wrong.status_code, wrong.json()) == (unknown.status_code, unknown.json())
    a = c.post("/api/v1/password-reset", json={"email": "known@example.com"})
    b = c.post("/api/v1/password-reset", json={"email": "nobody@example.com"})
    assert (a.status_code, a.json()) == (b.status_code, b.json()) == (202, a.json())
    # Only the real account got a mail.
    assert [m["To"] for m in lite.outbox() if "Reset" in m["Subject"]] == ["known@example.com"]


def test_suspended_user_cannot_log_in_or_launch(lite):
    c = lite.signup("sus")
    admin = lite.admin_client()
    assert admin.patch("/api/v1/admin/users/sus", json={"suspended": True}).status_code == 200
    assert c.get("/api/v1/me").status_code == 401  # the existing session stops working
    assert (
        lite.new_client().post("/api/v1/login", json={"username": "sus", "password": PASSWORD}).status_code
        == 401
    )
    assert lite.admit("sus")["code"] == "suspended"


def test_pages_send_security_headers_and_cookie_flags(lite):
    c = lite.new_client()
    r = c.get("/login")
    assert (
        r.headers["X-Frame-Options"] == "DENY"
        and "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
    )
    r = c.post("/api/v1/signup", json={"email": "ck@example.com", "username": "ck", "password": PASSWORD})
    c.post("/api/v1/verify", json={"token": lite.link_from_mail("ck@example.com", "/verify")})
    r = c.post("/api/v1/login", json={"username": "ck", "password": PASSWORD})
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" in cookie
