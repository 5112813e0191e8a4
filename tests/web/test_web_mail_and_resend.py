"""Mails carry Date and Message-ID and come as text plus HTML; an unconfirmed user can have the
confirmation link sent again from the dashboard."""

from __future__ import annotations

import email.utils

from .webhelpers import csrf_of


def test_mails_have_date_message_id_and_an_html_part_with_the_link(lite):
    lite.signup("ann", verify=False)
    (msg,) = [m for m in lite.outbox() if m["To"] == "ann@example.com"]
    assert email.utils.parsedate_to_datetime(msg["Date"]) is not None
    assert msg["Message-ID"].startswith("<") and msg["Message-ID"].endswith(">")
    assert msg.get_content_type() == "multipart/alternative"
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    token = lite.link_from_mail("ann@example.com", "/verify")
    assert f"/verify?token={token}" in text
    assert f'<a href="{lite.ctx.settings.public_url}/verify?token={token}">' in html


def test_an_unconfirmed_user_gets_the_link_again_and_it_works(lite):
    c = lite.signup("ben", verify=False)
    dash = c.get("/dashboard")
    assert "Send the confirmation link again" in dash.text
    before = len(lite.outbox())
    r = c.post("/verify/resend", data={"csrf_token": csrf_of(dash.text)})
    assert r.status_code == 200 and "We sent a new confirmation link to ben@example.com" in r.text
    assert len(lite.outbox()) == before + 1
    assert c.post("/api/v1/verify", json={"token": lite.link_from_mail("ben@example.com", "/verify")}).status_code == 200
    dash = c.get("/dashboard")
    assert "Send the confirmation link again" not in dash.text
    r = c.post("/verify/resend", data={"csrf_token": csrf_of(dash.text)})
    assert "Already confirmed" in r.text and len(lite.outbox()) == before + 1
    assert c.post("/verify/resend", data={}).status_code == 403  # CSRF


def test_resending_is_rate_limited(lite):
    c = lite.signup("cal", verify=False)
    token = csrf_of(c.get("/dashboard").text)
    codes = [c.post("/verify/resend", data={"csrf_token": token}).status_code for _ in range(4)]
    assert codes[:3] == [200, 200, 200] and codes[3] == 429
