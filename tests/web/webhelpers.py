"""Small helpers shared by the website tests."""

from __future__ import annotations

import re

PASSWORD = "plum-sorbet-42-harbor"


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "page has no CSRF token"
    return m.group(1)
