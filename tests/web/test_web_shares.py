"""Sharing read-only notebook snapshots at /s/ID: publish, view as another user and as a visitor,
download, revoke, admin take-down; and the hostile cases (guessing, oversized, not a notebook,
paths in names, script in content, cross-site and anonymous writes)."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

from mojito.web.models import AuditEntry
from sqlalchemy import select

from .webhelpers import csrf_of

NB = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": "# Squares\nA table of `x*x`."},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": "for i in range(3):\n    print(i * i)",
         "outputs": [{"output_type": "stream", "name": "stdout", "text": "0\n1\n4\n"}]},
    ],
    "metadata": {"kernelspec": {"name": "mojo", "display_name": "Mojo", "language": "mojo"}},
    "nbformat": 4, "nbformat_minor": 5,
}


def test_share_view_as_others_download_and_revoke(lite):
    ada = lite.signup("ada")
    r = ada.post("/api/v1/shares", json={"name": "Squares.ipynb", "notebook": NB})
    assert r.status_code == 201, r.text
    url = r.json()["url"]
    assert url == f"/s/{r.json()['id']}" and len(r.json()["id"]) >= 12

    bob = lite.signup("bob")
    visitor = lite.new_client()
    for client in (bob, visitor):
        page = client.get(url)
        assert page.status_code == 200
        assert "<h1>Squares</h1>" in page.text and "shared by <strong>ada</strong>" in page.text
        assert '<span class="k">for</span>' in page.text  # highlighted
        assert '<pre class="out stdout">0\n1\n4\n</pre>' in page.text
        assert "Stop sharing" not in page.text and "Take down" not in page.text
    raw = visitor.get(url + ".ipynb")
    assert raw.status_code == 200 and json.loads(raw.text) == NB
    assert 'filename="Squares.ipynb"' in raw.headers["content-disposition"]

    assert [s["url"] for s in ada.get("/api/v1/shares").json()["shares"]] == [url]
    assert bob.get("/api/v1/shares").json()["shares"] == []
    assert bob.delete(f"/api/v1/api/v1/shares/{r.json()['id']}").status_code == 404
    assert bob.delete(f"/api/v1/shares/{r.json()['id']}").status_code == 404  # not bob's: no such share
    assert visitor.get(url).status_code == 200
    assert ada.delete(f"/api/v1/shares/{r.json()['id']}").json() == {"status": "revoked"}
    assert visitor.get(url).status_code == 410 and visitor.get(url + ".ipynb").status_code == 410
    assert ada.get("/api/v1/shares").json()["shares"] == []


def test_an_admin_takes_a_share_down_and_it_is_audited(lite):
    cyd = lite.signup("cyd")
    sid = cyd.post("/api/v1/shares", json={"name": "x.ipynb", "notebook": NB}).json()["id"]
    admin = lite.admin_client()
    assert "Take down" in admin.get(f"/s/{sid}").text
    assert admin.delete(f"/api/v1/shares/{sid}").status_code == 200
    assert lite.client.get(f"/s/{sid}").status_code == 410
    with lite.ctx.sessions() as db:
        entry = db.scalars(select(AuditEntry).where(AuditEntry.action == "take_down_share")).one()
        assert entry.actor == "admin" and entry.target == "cyd"


def test_hostile_shares(lite):
    dee = lite.signup("dee")
    visitor = lite.new_client()
    assert visitor.get("/s/AAAAAAAAAAAA").status_code == 404  # a guessed ID
    assert visitor.get("/s/../../etc/passwd").status_code == 404
    # A name is a name, never a path: nothing is read from anyone's workspace.
    r = dee.post("/api/v1/shares", json={"name": "../../users/ada/secret.ipynb", "notebook": NB})
    assert r.status_code == 201
    assert dee.get("/api/v1/shares").json()["shares"][0]["name"] == "secret.ipynb"
    big = dict(NB, cells=[{"cell_type": "markdown", "metadata": {}, "source": "x" * (6 * 1024 * 1024)}])
    assert dee.post("/api/v1/shares", json={"name": "big.ipynb", "notebook": big}).status_code == 413
    assert dee.post("/api/v1/shares", json={"name": "n.ipynb", "notebook": {"cells": "nope"}}).status_code == 422
    evil = {"cells": [
        {"cell_type": "markdown", "source": "# T\n<script>alert(1)</script> [x](javascript:alert(2))"},
        {"cell_type": "code", "source": "</code><script>alert(3)</script>",
         "outputs": [{"output_type": "display_data", "data": {"text/html": "<script>alert(4)</script>",
                                                               "text/plain": "<b>plain</b>"}}]}]}
    page = visitor.get(dee.post("/api/v1/shares", json={"name": "e.ipynb", "notebook": evil}).json()["url"]).text
    assert "<script>alert" not in page and "href=\"javascript:" not in page and "<b>plain</b>" not in page
    assert "&lt;" in page and "alert" in page  # shown as text
    # Anonymous, unconfirmed and cross-site writes are refused.
    assert visitor.post("/api/v1/shares", json={"name": "a.ipynb", "notebook": NB}).status_code == 401
    eve = lite.signup("eve", verify=False)
    assert eve.post("/api/v1/shares", json={"name": "a.ipynb", "notebook": NB}).status_code == 403
    r = dee.post("/api/v1/shares", json={"name": "a.ipynb", "notebook": NB},
                 headers={"Origin": "https://evil.example"})
    assert r.status_code == 403


def test_dashboard_upload_list_and_stop_sharing(lite):
    fay = lite.signup("fay")
    dash = fay.get("/dashboard")
    assert "Nothing shared yet" in dash.text
    r = fay.post("/shares", data={"csrf_token": csrf_of(dash.text)},
                 files={"notebook": ("Squares.ipynb", json.dumps(NB), "application/json")}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/s/")
    url = r.headers["location"]
    dash = fay.get("/dashboard")
    assert f'href="{url}"' in dash.text and "Stop sharing" in dash.text
    assert "Stop sharing" in fay.get(url).text  # the owner's view
    r = fay.post(f"{url}/revoke", data={"csrf_token": csrf_of(dash.text)}, follow_redirects=False)
    assert r.status_code == 303 and lite.client.get(url).status_code == 410
    assert fay.post("/shares", data={}, files={"notebook": ("x.ipynb", "not json", "text/plain")}).status_code == 403


def test_open_a_copy_goes_through_the_login_into_jupyterlab(lite):
    gus = lite.signup("gus")
    sid = gus.post("/api/v1/shares", json={"name": "Squares.ipynb", "notebook": NB}).json()["id"]
    visitor = lite.new_client()
    r = visitor.get(f"/s/{sid}/open", follow_redirects=False)
    assert r.headers["location"] == f"/login?next=/s/{sid}/open"
    hal = lite.signup("hal")
    r = hal.get(f"/s/{sid}/open", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/hub/login?token=")
    nxt = parse_qs(urlsplit(r.headers["location"]).query)["next"][0]
    assert nxt == f"/hub/user-redirect/lab?mojito-import={sid}"
