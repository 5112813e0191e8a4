"""One session across website and hub, the website's half: logout hands over to the hub with a
single-use token, deep links to the hub get a hub login after ours, and the hub's logout ends the
website session of that browser."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from .webhelpers import PASSWORD, csrf_of


def _query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def test_website_logout_hands_over_to_the_hub_and_stops_sessions(lite):
    c = lite.signup("ada")
    sid = lite.admit("ada")["session_id"]
    dash = c.get("/dashboard")
    r = c.post("/logout", data={"csrf_token": csrf_of(dash.text)}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/hub/logout?token=")
    assert c.get("/api/v1/me").status_code == 401
    # Even if the browser goes no further, the hub's next heartbeat stops the server.
    assert lite.heartbeat(sid)["continue"] is False
    token = _query(r.headers["location"])["token"]
    redeem = lite.client.post("/api/v1/internal/logout-redeem", json={"token": token}, headers=lite.hub_headers)
    assert redeem.status_code == 200 and redeem.json() == {"username": "ada"}
    again = lite.client.post("/api/v1/internal/logout-redeem", json={"token": token}, headers=lite.hub_headers)
    assert again.status_code == 400  # single use
    # Without a hub in front, /hub/logout reaches the website, which has nothing more to do.
    assert c.get(r.headers["location"], follow_redirects=False).headers["location"] == "/"


def test_logout_needs_the_csrf_token_and_a_logout_token_is_no_launch_token(lite):
    c = lite.signup("bob")
    assert c.post("/logout", data={}, follow_redirects=False).status_code == 403
    assert c.get("/api/v1/me").status_code == 200
    dash = c.get("/dashboard")
    token = _query(c.post("/logout", data={"csrf_token": csrf_of(dash.text)},
                          follow_redirects=False).headers["location"])["token"]
    r = lite.client.post("/api/v1/internal/redeem", json={"token": token}, headers=lite.hub_headers)
    assert r.status_code == 400
    c2 = lite.new_client()
    c2.post("/api/v1/login", json={"username": "bob", "password": PASSWORD})
    launch = _query(c2.post("/api/v1/launch", json={"pool": "cpu"}).json()["url"])["token"]
    r = lite.client.post("/api/v1/internal/logout-redeem", json={"token": launch}, headers=lite.hub_headers)
    assert r.status_code == 400
    # A user's cookie is not the service token.
    assert c2.post("/api/v1/internal/logout-redeem", json={"token": launch}).status_code == 401


def test_a_deep_link_to_the_hub_gets_a_hub_login_after_ours(lite):
    lite.signup("cyd")
    c = lite.new_client()
    deep = "/user/cyd/lab/tree/examples/HelloMojo.ipynb"
    form = c.get("/login?next=" + deep)
    assert f'value="{deep}"' in form.text
    r = c.post("/login", data={"csrf_token": csrf_of(form.text), "username": "cyd", "password": PASSWORD,
                               "next": deep}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/hub/login?token=")
    q = _query(r.headers["location"])
    assert q["next"] == deep
    redeemed = lite.client.post("/api/v1/internal/redeem", json={"token": q["token"]}, headers=lite.hub_headers)
    assert redeemed.status_code == 200 and redeemed.json()["next"] == deep
    assert redeemed.json()["username"] == "cyd"
    # Logged in already (the hub sent the browser back for its OAuth step): no second form.
    oauth = "/hub/api/oauth2/authorize?client_id=jupyterhub-user-cyd&state=x"
    r = c.get("/login", params={"next": oauth}, follow_redirects=False)
    assert r.status_code == 303 and _query(r.headers["location"])["next"] == oauth
    # Our own pages stay plain redirects, and foreign hosts are never a target.
    r = c.get("/login", params={"next": "/gallery"}, follow_redirects=False)
    assert r.headers["location"] == "/gallery"
    r = c.get("/login", params={"next": "//evil.example/user/x"}, follow_redirects=False)
    assert r.headers["location"] == "/dashboard"


def test_the_hubs_logout_ends_the_browsers_website_session_only_for_its_user(lite):
    c = lite.signup("dee")
    other = lite.signup("eli")
    cookie = c.cookies.get("mojito_session")
    r = lite.client.post("/api/v1/internal/logout", json={"username": "eli", "session": cookie},
                         headers=lite.hub_headers)
    assert r.json() == {"ended": False} and c.get("/api/v1/me").status_code == 200
    r = lite.client.post("/api/v1/internal/logout", json={"username": "dee", "session": cookie},
                         headers=lite.hub_headers)
    assert r.json() == {"ended": True} and c.get("/api/v1/me").status_code == 401
    assert other.get("/api/v1/me").status_code == 200
