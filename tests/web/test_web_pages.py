"""Pages a visitor, a user and an admin see; health and metrics."""

from __future__ import annotations

import json

import pytest

from .webhelpers import csrf_of


def test_gallery_lists_and_renders_the_example_notebooks(lite):
    c = lite.new_client()
    index = c.get("/gallery").text
    for name in ("HelloMojo", "Mandelbrot", "Matmul"):
        assert f'href="/gallery/{name}.ipynb"' in index
    page = c.get("/gallery/HelloMojo.ipynb")
    assert page.status_code == 200
    assert "<h1>Hello, Mojo</h1>" in page.text
    # Source, escaped and highlighted with the Mojo lexer (keywords and types get their classes).
    assert '<span class="k">def</span><span class="w"> </span><span class="nf">fib</span>' in page.text
    assert '<span class="kt">Int</span><span class="p">)</span> <span class="o">-&gt;</span>' in page.text
    assert '<pre class="out stdout">Hello, Mojo!' in page.text  # stored output
    assert "Open in playground" in page.text
    assert c.get("/gallery/Mandelbrot.ipynb").text.count("@@@@@@@@@@") > 5
    for bad in ("nope.ipynb", "..%2Fpyproject.toml", "HelloMojo.txt"):
        assert c.get(f"/gallery/{bad}").status_code == 404


def test_gallery_escapes_hostile_notebooks(lite, tmp_path):
    hostile = {
        "cells": [
            {"cell_type": "markdown", "source": "# T\n<script>alert(1)</script> [x](javascript:alert(2))"},
            {
                "cell_type": "code",
                "source": "print(1)",
                "outputs": [
                    {
                        "output_type": "display_data",
                        "data": {"text/html": "<img src=x onerror=alert(3)>", "text/plain": "<b>plain</b>"},
                    }
                ],
            },
        ],
        "metadata": {},
    }
    folder = tmp_path / "nbs"
    folder.mkdir()
    (folder / "Evil.ipynb").write_text(json.dumps(hostile))
    (folder / "Broken.ipynb").write_text("{not json")
    lite.ctx.settings.notebook_dir = folder
    c = lite.new_client()
    assert "Evil.ipynb" in c.get("/gallery").text and "Broken" not in c.get("/gallery").text
    text = c.get("/gallery/Evil.ipynb").text
    assert "<script>alert(1)" not in text and "&lt;script&gt;" in text
    assert "javascript:" not in text.replace("[x](javascript:alert(2))", "")
    assert "onerror" not in text and "&lt;b&gt;plain&lt;/b&gt;" in text


def test_open_in_playground_logs_in_first_and_launches_the_notebook(lite):
    c = lite.new_client()
    page = c.get("/gallery/Matmul.ipynb")
    r = c.post(
        "/launch",
        data={"csrf_token": csrf_of(page.text), "pool": "cpu", "notebook": "Matmul.ipynb"},
        follow_redirects=False,
    )
    assert r.headers["location"] == "/login?next=/gallery/Matmul.ipynb"
    user = lite.signup("nbuser")
    page = user.get("/gallery/Matmul.ipynb")
    r = user.post(
        "/launch",
        data={"csrf_token": csrf_of(page.text), "pool": "cpu", "notebook": "Matmul.ipynb"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert r.headers["location"].endswith(
        "&next=%2Fhub%2Fuser-redirect%2Flab%2Ftree%2Fexamples%2FMatmul.ipynb"
    )


def test_dashboard_shows_usage_against_quota_sessions_and_refusals(lite):
    c = lite.signup("dash")
    sid = lite.admit("dash")["session_id"]
    for _ in range(60):  # half an hour of heartbeats every 30 s
        lite.clock.advance(30)
        assert lite.heartbeat(sid)["continue"] is True
    html = c.get("/dashboard").text
    assert "CPU sessions: 30.0 of 120 session minutes" in html
    assert '<progress id="bar-cpu" max="100" value="25">' in html and "quota used up" not in html
    assert "Quotas reset at 00:00 UTC" in html
    assert f'action="/sessions/{sid}/stop"' in html
    assert 'href="/user/dash/lab">Open</a>' in html  # a running session can be opened again
    # The GPU pool has no capacity here (defaults.toml): no card reading "0 of 0 in use".
    assert "Launch GPU" not in html and "0 of 0 in use" not in html and "GPU workspace" not in html
    r = c.post(f"/sessions/{sid}/stop", data={"csrf_token": csrf_of(html)}, follow_redirects=False)
    assert r.status_code == 303 and "stopping…" in c.get("/dashboard").text
    # A launch that cannot succeed says why on the dashboard instead of sending the user to the hub.
    html = c.get("/dashboard").text
    r = c.post("/launch", data={"csrf_token": csrf_of(html), "pool": "gpu"}, follow_redirects=False)
    assert r.status_code == 403 and "does not include this hardware pool" in r.text


def test_the_usage_bar_turns_red_over_quota(lite):
    c = lite.signup("heavy")
    admin = lite.admin_client()
    assert admin.patch("/api/v1/admin/users/heavy", json={"overrides": {"daily_cpu_minutes": 1}}).status_code == 200
    sid = lite.admit("heavy")["session_id"]
    for _ in range(3):
        lite.clock.advance(30)
        lite.heartbeat(sid)
    html = c.get("/dashboard").text
    assert "of 1 session minutes" in html and "quota used up" in html
    assert '<progress id="bar-cpu" max="100" value="100" class="over">' in html


def test_unverified_user_sees_why_launch_is_not_possible(lite):
    c = lite.signup("unconfirmed", verify=False)
    html = c.get("/dashboard").text
    assert "Confirm your email address" in html and "Launch CPU" not in html


def test_healthz_reports_database_and_redis(lite):
    r = lite.client.get("/healthz")
    assert r.status_code == 200 and r.json() == {"status": "ok", "database": "ok", "redis": "ok"}
    real = lite.ctx.live.r
    from mojito.web.state import make_redis

    lite.ctx.live.r = make_redis("redis://127.0.0.1:1/0")  # nothing listens there
    try:
        r = lite.client.get("/healthz")
        assert r.status_code == 503 and r.json()["redis"].startswith("down") and r.json()["database"] == "ok"
    finally:
        lite.ctx.live.r = real
    lite.ctx.engine.dispose()
    real_url = lite.ctx.engine.url
    from mojito.web.db import make_engine

    lite.ctx.engine = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    try:
        r = lite.client.get("/healthz")
        assert r.status_code == 503 and r.json()["database"].startswith("down")
    finally:
        lite.ctx.engine = make_engine(str(real_url))


def test_metrics_count_signups_logins_admissions_and_sessions(lite):
    lite.signup("m1")
    lite.new_client().post("/api/v1/login", json={"username": "m1", "password": "wrong-wrong-1"})
    lite.admit("m1")
    lite.admit("m1")
    text = lite.local_client().get("/metrics").text
    for line in (
        "mojito_signups_total 1",
        'mojito_logins_total{result="success"} 1',
        'mojito_logins_total{result="failure"} 1',
        'mojito_admissions_total{decision="admit"} 1',
        'mojito_admissions_total{decision="deny"} 1',
        'mojito_active_sessions{pool="cpu"} 1',
        'mojito_queued_users{pool="cpu"} 0',
        "# TYPE mojito_active_sessions gauge",
    ):
        assert line in text.splitlines(), line


@pytest.mark.parametrize("path", ["/", "/signup", "/login", "/gallery", "/password-reset"])
def test_public_pages_render_for_phones_without_javascript(lite, path):
    html = lite.new_client().get(path).text
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "<script" not in html
    assert 'lang="en"' in html and 'href="#main"' in html


def test_signup_survives_an_unreachable_smtp_server(lite):
    lite.ctx.settings.smtp_host = "127.0.0.1"
    lite.ctx.settings.smtp_port = 1  # nothing listens: the mail fails, the signup does not
    r = lite.new_client().post(
        "/api/v1/signup",
        json={"email": "smtp@example.com", "username": "smtp", "password": "fjord-cactus-12"},
    )
    assert r.status_code == 201 and lite.outbox() == []


def test_stale_sessions_are_not_counted_as_active(lite):
    lite.signup("stale")
    lite.admit("stale")
    assert 'mojito_active_sessions{pool="cpu"} 1' in lite.local_client().get("/metrics").text
    lite.clock.advance(121)
    assert 'mojito_active_sessions{pool="cpu"} 0' in lite.local_client().get("/metrics").text


def test_api_docs_page_is_not_broken_by_the_content_security_policy(lite):
    c = lite.new_client()
    docs = c.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    assert "Content-Security-Policy" not in docs.headers and docs.headers["X-Frame-Options"] == "DENY"
    assert "default-src 'self'" in c.get("/gallery").headers["Content-Security-Policy"]
