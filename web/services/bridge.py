"""One session across the website and the hub: the hub login for deep links, and logout.

- A deep link (`/user/NAME/...` or `/hub/...`) reached without a hub login comes to the website's
  `/login?next=...`. Once the person is logged in here, `hub_login_url` mints an ordinary launch
  token carrying that `next`, so the hub logs them in and sends them on to the page they asked for.
- Logging out on the website mints a single-use *logout* token (signed under a key of its own, so
  it can never pass for a launch token) and sends the browser to `/hub/logout?token=...`: the hub
  redeems it, stops the user's servers (the workspace stays) and clears its own cookies.
- Logging out in the hub (JupyterLab's File > Log Out, `/hub/logout`) asks the website to end the
  browser's website session (`POST /api/v1/internal/logout`).
"""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import quote

from .. import tokens
from ..models import User
from ..state import Context
from . import sessions

LOGOUT_TTL = 60  # seconds the browser has to follow the redirect to the hub


def is_hub_path(target: str | None) -> bool:
    """Paths the hub serves (behind the same origin): they need a hub login, not just ours."""
    return target is not None and target.startswith(("/hub/", "/user/"))


def hub_login_url(ctx: Context, user: User, next_path: str) -> str:
    """`/hub/login?token=...` that logs `user` into the hub and lands on `next_path`."""
    live = ctx.live.user_sessions(user.username)
    pool = live[0].pool if live else "cpu"
    jti = secrets.token_urlsafe(16)
    token = tokens.sign(
        ctx.session_key,
        {"jti": jti, "sub": user.username, "pool": pool, "next": next_path,
         "exp": int(ctx.clock()) + sessions.LAUNCH_TTL},
    )
    ctx.live.remember_launch(jti, user.username, sessions.LAUNCH_TTL + 5)
    return f"/hub/login?token={token}&next=" + quote(next_path, safe="")


def _logout_key(ctx: Context) -> str:
    return ctx.session_key + "/logout"


def mint_logout(ctx: Context, username: str) -> str:
    jti = secrets.token_urlsafe(16)
    token = tokens.sign(_logout_key(ctx), {"jti": jti, "sub": username, "exp": int(ctx.clock()) + LOGOUT_TTL})
    ctx.live.r.set(ctx.live.k("logout", jti), username, ex=LOGOUT_TTL + 5)
    return token


async def redeem_logout(ctx: Context, token: str) -> str | None:
    """The username a logout token was minted for (once), or None."""
    payload = tokens.unsign(_logout_key(ctx), token) if len(token) < 1000 else None
    if payload is None or not isinstance(payload.get("exp"), int) or payload["exp"] < ctx.clock():
        return None
    jti, sub = payload.get("jti"), payload.get("sub")
    if not isinstance(jti, str) or not isinstance(sub, str):
        return None
    alive = ctx.alive()
    stored = await alive.r.getdel(alive.k("logout", jti))
    return sub if stored is not None and stored.decode() == sub else None


def stop_all(ctx: Context, user: Any) -> int:
    """Mark every live session of the user to stop: the hub's next heartbeat stops the server
    even if the browser never reaches the hub's logout."""
    return sessions.stop_user_sessions(ctx, user, "stopped_by_user")
