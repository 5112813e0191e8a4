"""Rate limits (fixed windows in Redis) answered with 429 and Retry-After."""

from __future__ import annotations

import hashlib

from fastapi import HTTPException

from ..config import RateLimit
from ..state import Context


class RateLimited(HTTPException):
    def __init__(self, retry_after: int):
        super().__init__(
            429,
            f"Too many attempts; try again in {retry_after} s.",
            headers={"Retry-After": str(max(1, retry_after))},
        )


def enforce(ctx: Context, name: str, ident: str) -> None:
    limit = ctx.settings.rate_limits.get(name)
    if limit is None:
        return
    # Hash the identifier: keys stay short and no email or username sits in Redis in clear.
    key = hashlib.sha256(ident.lower().encode()).hexdigest()[:32]
    count, ttl = ctx.live.hit(name, key, limit.window)
    if count > limit.count:
        raise RateLimited(ttl)


def allow(ctx: Context, name: str, ident: str, default: RateLimit | None = None) -> bool:
    """Count one more under the limit `name` (or `default` where the config file has none); False
    once over it: for what is skipped silently, such as a mail whose sending must not show."""
    limit = ctx.settings.rate_limits.get(name) or default
    if limit is None:
        return True
    key = hashlib.sha256(ident.lower().encode()).hexdigest()[:32]
    count, _ttl = ctx.live.hit(name, key, limit.window)
    return count <= limit.count
