"""Random tokens, their stored digests, and the HMAC-signed launch token."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from typing import Any


def new_token() -> str:
    return secrets.token_urlsafe(32)


def digest(token: str) -> str:
    """What the database keeps of a cookie or email token: a leaked table grants nothing."""
    return hashlib.sha256(token.encode()).hexdigest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(key: str, payload: dict[str, Any]) -> str:
    body = _b64(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode())
    mac = hmac.new(key.encode(), b"launch." + body.encode(), hashlib.sha256).digest()
    return f"{body}.{_b64(mac)}"


def unsign(key: str, token: str) -> dict[str, Any] | None:
    """The payload if the signature is ours, else None (never raises on garbage)."""
    try:
        body, mac = token.split(".", 1)
        expected = hmac.new(key.encode(), b"launch." + body.encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, _unb64(mac)):
            return None
        payload = json.loads(_unb64(body))
        return payload if isinstance(payload, dict) else None
    except (ValueError, UnicodeError):
        return None


def csrf_for(key: str, seed: str) -> str:
    """The form token for a CSRF cookie value: a cross-site page can read neither."""
    return _b64(hmac.new(key.encode(), b"csrf." + seed.encode(), hashlib.sha256).digest())
