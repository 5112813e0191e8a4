"""FastAPI dependencies: context, database session, the logged-in user, admin, service token, CSRF."""

from __future__ import annotations

import datetime as dt
import hmac
from collections.abc import AsyncIterator
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, HTTPException, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from . import tokens
from .models import LoginSession, User, utcnow
from .state import Context

SESSION_COOKIE = "mojito_session"
CSRF_COOKIE = "mojito_csrf"


async def get_ctx(request: Request) -> Context:  # async: no thread-pool hop for a lookup
    return request.app.state.ctx


Ctx = Annotated[Context, Depends(get_ctx)]


async def get_db(ctx: Ctx) -> AsyncIterator[Session]:
    # An async dependency on purpose: its commit and close run on the event loop. A sync one would
    # tear down in the thread pool, and under load every thread could be waiting for a connection
    # held by requests that wait for a thread to give it back (a deadlock, seen with 100 admits).
    # Sessions are used on the loop (async endpoints) and in worker threads (endpoints that hash
    # passwords), never by two at once.
    db = ctx.sessions()
    try:
        yield db
        db.commit()
    except BaseException:
        db.rollback()
        raise
    finally:
        db.close()


Db = Annotated[Session, Depends(get_db)]


def client_ip(request: Request) -> str:
    # Behind a proxy, uvicorn's --proxy-headers (with --forwarded-allow-ips) rewrites request.client.
    return request.client.host if request.client else "unknown"


def login_session(request: Request, db: Session) -> LoginSession | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token or len(token) > 200:
        return None
    row = db.scalar(select(LoginSession).where(LoginSession.token_hash == tokens.digest(token)))
    if row is None or row.expires_at < utcnow():
        return None
    return row


async def optional_user(request: Request, db: Db) -> User | None:
    row = login_session(request, db)
    if row is None or row.user.suspended:
        return None
    return row.user


OptionalUser = Annotated[User | None, Depends(optional_user)]


def _same_origin(request: Request) -> None:
    """Refuse cookie-authenticated API writes coming from another site's page.

    The session cookie is SameSite=Lax already; this also covers browsers without SameSite and
    no-cors requests without a Content-Type, which FastAPI would otherwise parse as JSON.
    """
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    if request.headers.get("sec-fetch-site") == "cross-site":
        raise HTTPException(403, "cross-site request refused")
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host", ""):
        raise HTTPException(403, "cross-site request refused")
    if origin == "null":
        raise HTTPException(403, "cross-site request refused")


async def api_user(request: Request, user: OptionalUser) -> User:
    if user is None:
        raise HTTPException(401, "login required")
    _same_origin(request)
    return user


ApiUser = Annotated[User, Depends(api_user)]


async def api_admin(user: ApiUser) -> User:
    if not user.is_admin:
        raise HTTPException(403, "admin only")
    return user


ApiAdmin = Annotated[User, Depends(api_admin)]


async def require_service(request: Request, ctx: Ctx) -> None:
    """The hub's bearer token; a user's cookie never grants access to the internal API."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), ctx.hub_token.encode()):
        raise HTTPException(401, "service token required", headers={"WWW-Authenticate": "Bearer"})


# CSRF for HTML forms: a random cookie, and in each form an HMAC of it under the site's key.
def csrf_seed(request: Request) -> str:
    seed = request.cookies.get(CSRF_COOKIE)
    if not seed or len(seed) > 100:
        seed = tokens.new_token()
        request.state.new_csrf_seed = seed  # set as a cookie by the page renderer
    return seed


def csrf_token(request: Request, ctx: Context) -> str:
    return tokens.csrf_for(ctx.session_key, csrf_seed(request))


async def check_csrf(request: Request, ctx: Ctx) -> None:
    form = await request.form()
    sent = form.get("csrf_token")
    seed = request.cookies.get(CSRF_COOKIE)
    if (
        not isinstance(sent, str)
        or not seed
        or not hmac.compare_digest(sent.encode(), tokens.csrf_for(ctx.session_key, seed).encode())
    ):
        raise HTTPException(
            403, "The form expired or came from another site. Go back, reload the page and retry."
        )


Csrf = Depends(check_csrf)


def session_expiry() -> dt.datetime:
    return utcnow() + dt.timedelta(days=14)
