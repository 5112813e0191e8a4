"""Attacks on the website found by the hardening pass of issue 13 (helper hx), each reproduced
against the real app (and, where the transport matters, a real uvicorn server over HTTP) and
asserted to fail."""

from __future__ import annotations

import http.client
import threading
import time

import pytest
from mojito.web.app import create_app

from .webhelpers import PASSWORD, uvicorn_in_thread

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def served(lite):
    """The site behind a real uvicorn server on loopback (the transport the stack uses)."""
    app = create_app(lite.ctx.settings, clock=lite.clock)
    with uvicorn_in_thread(app) as port:
        yield port


def _chunked_post(port: int, path: str, total: int, ctype: str = "application/json") -> tuple[int, bytes, float]:
    """POST `total` bytes with Transfer-Encoding: chunked (no Content-Length to check up front)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    start = time.monotonic()
    conn.putrequest("POST", path)
    conn.putheader("Content-Type", ctype)
    conn.putheader("Transfer-Encoding", "chunked")
    conn.endheaders()
    piece = b'{"source": "' + b"a" * (1 << 16)
    sent = 0
    try:
        while sent < total:
            conn.send(b"%x\r\n" % len(piece) + piece + b"\r\n")
            sent += len(piece)
            piece = b"a" * (1 << 16)
        conn.send(b"0\r\n\r\n")
    except (BrokenPipeError, ConnectionResetError):
        pass  # the server answered and closed before the rest was sent: what we want
    r = conn.getresponse()
    return r.status, r.read(), time.monotonic() - start


@pytest.mark.parametrize("path", ["/api/v1/run", "/api/v1/signup", "/api/v1/login", "/api/v1/programs"])
def test_an_oversized_declared_body_is_refused_before_it_is_read(lite, path):
    """1 GB announced: refused with 413 at once (the body is never read into memory)."""
    c = lite.new_client()

    def body():  # would be 1 GB if anything read it
        for _ in range(1 << 14):
            yield b"a" * (1 << 16)

    start = time.monotonic()
    r = c.post(path, content=body(), headers={"Content-Type": "application/json", "Content-Length": str(1 << 30)})
    assert r.status_code == 413 and "too large" in r.json()["detail"], r.text
    assert time.monotonic() - start < 5


def test_an_oversized_chunked_body_is_cut_off_and_the_site_stays_responsive(served):
    """Before the cap, one 1 GB body took 1.5 GB of the website's memory and stalled /healthz for
    8 s while it was parsed. Now a chunked body is counted as it arrives and refused past 1 MiB."""
    answers: dict[str, float] = {}

    def probe() -> None:
        time.sleep(0.2)
        start = time.monotonic()
        conn = http.client.HTTPConnection("127.0.0.1", served, timeout=30)
        conn.request("GET", "/healthz")
        assert conn.getresponse().status == 200
        answers["healthz"] = time.monotonic() - start

    t = threading.Thread(target=probe)
    t.start()
    status, body, secs = _chunked_post(served, "/api/v1/run", 256 << 20)
    t.join(30)
    assert status == 413 and b"too large" in body, body[:200]
    assert secs < 10, secs
    assert answers.get("healthz", 99) < 2.0, answers


def test_an_oversized_form_gets_the_413_page_and_normal_requests_still_pass(lite):
    c = lite.new_client()
    r = c.post("/signup", content=b"email=" + b"x" * (2 << 20),
               headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413
    # A body under the limit is untouched (a try-it program of 64 Ki non-ASCII characters, escaped).
    r = c.post("/api/v1/programs", json={"source": "\u00e9" * (64 * 1024)})
    assert r.status_code == 201, r.text


def test_a_share_may_be_larger_than_the_default_body_limit(lite):
    """The share endpoints keep their own, larger limit (MOJITO_SHARE_MAX_BYTES)."""
    from mojito.web.routers import shares

    c = lite.signup("sharer")
    nb = {"cells": [{"cell_type": "code", "source": "x" * (2 << 20), "outputs": [], "metadata": {}}],
          "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    r = c.post("/api/v1/shares", json={"name": "big.ipynb", "notebook": nb})
    assert r.status_code == 201, r.text[:300]
    huge = {"name": "huge.ipynb", "notebook": {**nb, "cells": nb["cells"] * ((shares.MAX_BYTES >> 21) + 2)}}
    assert c.post("/api/v1/shares", json=huge).status_code == 413


def test_a_huge_shared_notebook_costs_a_bounded_render_once(lite, monkeypatch):
    """Attack: a 5 MB share of code and Markdown (the size limit) made every anonymous view of
    /s/ID highlight and parse all of it (pure Python, ~0.1 MB/s on a busy host: over a minute of
    the website's CPU per view, on its event loop). Now at most gallery.RICH_BUDGET characters are
    rendered richly, the rest is plain escaped text, rendering runs off the event loop, and a
    rendered share is kept for the next view."""
    from mojito.web.routers import shares
    from mojito.web.services import gallery

    rich: list[int] = []
    real_highlight, real_render = gallery.highlight, gallery._md.render
    monkeypatch.setattr(gallery, "highlight", lambda src, lang: rich.append(len(src)) or real_highlight(src, lang))
    monkeypatch.setattr(gallery._md, "render", lambda src: rich.append(len(src)) or real_render(src))
    code = "def f(x: Int) -> Int:\n    return x * 2  # <script>alert(1)</script>\n" * 800  # ~56 KB a cell
    md = "Some *text* and `code` <img src=x onerror=alert(1)>\n\n" * 1000
    cells = [{"cell_type": "code", "source": code, "outputs": [], "metadata": {}},
              {"cell_type": "markdown", "source": md, "metadata": {}}] * 40  # ~4.4 MB
    nb = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    c = lite.signup("bigsharer")
    r = c.post("/api/v1/shares", json={"name": "huge.ipynb", "notebook": nb})
    assert r.status_code == 201, r.text[:300]
    url = r.json()["url"]
    rich.clear()
    visitor = lite.new_client()
    page = visitor.get(url)
    assert page.status_code == 200
    assert 0 < sum(rich) <= gallery.RICH_BUDGET, sum(rich)
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert page.text.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 800 * 40  # all of it, escaped
    assert 'class="md-plain"' in page.text
    rich.clear()
    assert visitor.get(url).status_code == 200 and rich == []  # the second view renders nothing
    shares._RENDERED.clear()


def test_strangers_cannot_fill_a_users_inbox(lite):
    """Attack: reset requests (5 per client address an hour) and signups with a registered address
    (10 per address), from 20 client addresses, each mailed the account: 40 unasked-for mails in
    a minute. Now an account gets at most 3 such mails an hour (mails_per_account), and the
    answers stay the same as for an address without an account."""
    from fastapi.testclient import TestClient

    lite.signup("inboxowner", email="owner@example.com")
    before = len([m for m in lite.outbox() if m["To"] == "owner@example.com"])
    answers = set()
    for n in range(20):
        c = TestClient(lite.app, base_url="https://testserver", client=(f"10.66.0.{n + 1}", 40000))
        r = c.post("/api/v1/password-reset", json={"email": "owner@example.com"})
        answers.add((r.status_code, r.text))
        r = c.post("/api/v1/signup", json={"email": "owner@example.com", "username": f"squatter{n}",
                                           "password": "a long and unusual passphrase 42"})
        answers.add((r.status_code, r.json().get("status", r.text)))
        r = c.post("/api/v1/password-reset", json={"email": f"nobody{n}@example.com"})
        answers.add((r.status_code, r.text))
    mails = [m for m in lite.outbox() if m["To"] == "owner@example.com"][before:]
    assert len(mails) == 3, [m["Subject"] for m in mails]
    assert len(answers) == 2, answers  # one answer for every reset, one for every signup
    # The owner can still reset: the cap is per hour.
    lite.clock.advance(3601)
    lite.client.post("/api/v1/password-reset", json={"email": "owner@example.com"})
    assert lite.link_from_mail("owner@example.com", "/password-reset/confirm")


def _reset_links(site, to: str) -> list[str]:
    import re

    out = []
    for msg in site.outbox():
        if msg["To"] == to:
            m = re.search(r"/password-reset/confirm\?token=([A-Za-z0-9_\-]+)", msg.get_body(("plain",)).get_content())
            if m:
                out.append(m.group(1))
    return out


def test_a_new_password_voids_the_reset_links_still_in_the_mailbox(lite):
    """Attack: whoever saw an earlier reset link (a forwarded mail, a shared inbox) could set the
    password again within the hour, after the owner had reset or changed it."""
    owner = lite.signup("linkowner", email="links@example.com")
    for _ in range(2):
        lite.new_client().post("/api/v1/password-reset", json={"email": "links@example.com"})
    old, used = _reset_links(lite, "links@example.com")[-2:]
    anon = lite.new_client()
    r = anon.post("/api/v1/password-reset/confirm", json={"token": used, "new_password": "lagoon-violet-93"})
    assert r.status_code == 200, r.text
    r = anon.post("/api/v1/password-reset/confirm", json={"token": old, "new_password": "attacker-chose-this-1"})
    assert r.status_code == 400, r.text
    # A password change while logged in voids them too.
    c = lite.new_client()
    assert c.post("/api/v1/login", json={"username": "linkowner", "password": "lagoon-violet-93"}).status_code == 200
    lite.new_client().post("/api/v1/password-reset", json={"email": "links@example.com"})
    pending = _reset_links(lite, "links@example.com")[-1]
    r = c.post("/api/v1/password", json={"old_password": "lagoon-violet-93", "new_password": "tangerine-river-77"})
    assert r.status_code == 200, r.text
    r = anon.post("/api/v1/password-reset/confirm", json={"token": pending, "new_password": "attacker-chose-this-2"})
    assert r.status_code == 400, r.text
    assert owner is not None


def test_a_launch_token_only_logs_in_the_browser_of_its_own_user(lite):
    """Attack (login CSRF into a lab): mallory launches, keeps the /hub/login?token=T link and
    sends it to a victim's browser within its 30 s. The hub logged the victim in as mallory and
    opened mallory's JupyterLab, whose trusted notebook outputs (mallory signs them in her own
    workspace) run on the site's origin with the victim's website cookie: an admin victim's
    browser could raise mallory's plan. Now the hub sends the browser's website session along
    and the website honours the token only for a browser logged in as the token's user."""
    from urllib.parse import parse_qs, urlsplit

    from mojito.web.deps import SESSION_COOKIE

    mallory = lite.signup("mallory")
    victim = lite.signup("victim")

    def token_of(client) -> str:
        r = client.post("/api/v1/launch", json={"pool": "cpu"})
        assert r.status_code == 200, r.text
        return parse_qs(urlsplit(r.json()["url"]).query)["token"][0]

    def redeem(token: str, browser) -> int:
        body = {"token": token, "session": browser.cookies.get(SESSION_COOKIE) if browser else None}
        return lite.client.post("/api/v1/internal/redeem", json=body, headers=lite.hub_headers).status_code

    assert redeem(token_of(mallory), victim) == 400  # the victim's browser
    assert redeem(token_of(mallory), None) == 400  # a browser logged in nowhere
    token = token_of(mallory)
    assert redeem(token, mallory) == 200  # her own browser
    assert redeem(token, mallory) == 400  # and only once
    old_cookie = mallory.cookies.get(SESSION_COOKIE)
    assert mallory.post("/api/v1/logout").status_code == 200
    fresh = lite.new_client()
    assert fresh.post("/api/v1/login", json={"username": "mallory", "password": PASSWORD}).status_code == 200
    body = {"token": token_of(fresh), "session": old_cookie}  # a logged-out session is no login
    assert lite.client.post("/api/v1/internal/redeem", json=body, headers=lite.hub_headers).status_code == 400


def test_an_account_keeps_a_bounded_amount_shared(lite, monkeypatch):
    """Attack: 30 shares an hour of 5 MB each, revoked and shared again (a revoked share kept its
    content), grew the database by 3.6 GB a day per account. Now an account keeps at most
    MOJITO_SHARE_MAX_TOTAL_BYTES shared, and revoking gives the room back."""
    from mojito.web.routers import shares

    monkeypatch.setattr(shares, "MAX_TOTAL_BYTES", 3 << 20)
    c = lite.signup("hoarder")
    nb = {"cells": [{"cell_type": "code", "source": "x" * (1200 << 10), "outputs": [], "metadata": {}}],
          "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    first = c.post("/api/v1/shares", json={"name": "a.ipynb", "notebook": nb})
    assert first.status_code == 201, first.text[:200]
    assert c.post("/api/v1/shares", json={"name": "b.ipynb", "notebook": nb}).status_code == 201
    full = c.post("/api/v1/shares", json={"name": "c.ipynb", "notebook": nb})
    assert full.status_code == 413 and "stop sharing some first" in full.json()["detail"], full.text
    assert c.delete(f"/api/v1/shares/{first.json()['id']}").status_code == 200
    assert lite.new_client().get(first.json()["url"]).status_code == 410
    assert c.post("/api/v1/shares", json={"name": "c.ipynb", "notebook": nb}).status_code == 201


def test_cookies_are_secure_whenever_the_public_url_is_https(lite, monkeypatch):
    """Behind a TLS proxy that uvicorn does not trust for X-Forwarded-Proto (an ingress on another
    address), requests read as http and 'auto' sent the session cookie without Secure: a plain
    http link to the site (or an active attacker on the path) then carried it in clear."""
    from fastapi.testclient import TestClient

    lite.signup("cookiejar")
    plain = TestClient(lite.app, base_url="http://testserver")
    monkeypatch.setattr(lite.ctx.settings, "public_url", "https://play.example.org")
    r = plain.post("/api/v1/login", json={"username": "cookiejar", "password": PASSWORD})
    assert r.status_code == 200
    session = [h for h in r.headers.get_list("set-cookie") if h.startswith("mojito_session=")]
    assert session and "secure" in session[0].lower(), session
    monkeypatch.setattr(lite.ctx.settings, "public_url", "http://127.0.0.1:8000")  # the embedded default
    r = plain.post("/api/v1/login", json={"username": "cookiejar", "password": PASSWORD})
    session = [h for h in r.headers.get_list("set-cookie") if h.startswith("mojito_session=")]
    assert session and "secure" not in session[0].lower(), session


def test_permalinks_stop_at_the_servers_storage_cap_and_saved_ones_keep_working(lite, monkeypatch):
    """Attack: anonymous permalinks are limited per address only, so many addresses could grow the
    database without end. All links together stay under PROGRAMS_MAX_TOTAL_BYTES."""
    from mojito.web.routers import tryit

    monkeypatch.setattr(tryit, "PROGRAMS_MAX_TOTAL_BYTES", 3000)
    c = lite.new_client()
    made = [c.post("/api/v1/programs", json={"source": f"# {i}\n" + "x" * 900}) for i in range(3)]
    assert [r.status_code for r in made] == [201, 201, 201]
    refused = c.post("/api/v1/programs", json={"source": "# 3\n" + "x" * 900})
    assert refused.status_code == 507 and "copy it" in refused.json()["detail"]
    # What is stored still opens, and saving it again costs nothing (same source, same link).
    assert c.get(made[0].json()["url"]).status_code == 200
    again = c.post("/api/v1/programs", json={"source": "# 0\n" + "x" * 900})
    assert again.status_code == 201 and again.json() == made[0].json()
