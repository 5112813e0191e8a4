"""The logo is an SVG image (no emoji that shows as an empty box where fonts lack it)."""

from __future__ import annotations


def test_every_page_shows_the_svg_logo_and_no_emoji(lite):
    for path in ("/", "/gallery", "/login", "/try"):
        html = lite.client.get(path).text
        assert '<img src="/static/logo.svg"' in html and "🍹" not in html, path
    r = lite.client.get("/static/logo.svg")
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    assert "<svg" in r.text and "<text" not in r.text  # shapes only: nothing depends on a font
