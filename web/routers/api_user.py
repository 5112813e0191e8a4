"""The user-facing JSON API under /api/v1 (session cookie)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import JSONResponse

from ..deps import SESSION_COOKIE, ApiUser, Ctx, Db, OptionalUser, client_ip, session_expiry
from ..policy import effective_limits
from ..render import clear_session_cookie, set_session_cookie
from ..schemas import (
    LaunchIn,
    LaunchOut,
    LoginIn,
    PasswordChangeIn,
    ResetConfirmIn,
    ResetIn,
    SignupIn,
    StatusOut,
    TokenIn,
)
from ..services import accounts, ratelimit, sessions

router = APIRouter(prefix="/api/v1", tags=["user"])


def _account_error(exc: accounts.AccountError) -> HTTPException:
    return HTTPException(exc.status, str(exc))


@router.post(
    "/signup",
    status_code=201,
    response_model=StatusOut,
    responses={409: {"description": "username taken"}, 429: {"description": "rate limited"}},
)
def signup(body: SignupIn, request: Request, ctx: Ctx, db: Db) -> dict[str, str]:
    ratelimit.enforce(ctx, "signup_per_ip", client_ip(request))
    try:
        accounts.signup(ctx, db, body.email, body.username, body.password)
    except accounts.AccountError as exc:
        raise _account_error(exc) from None
    return {"status": "check your email"}


@router.post("/verify", response_model=StatusOut, responses={400: {"description": "invalid token"}})
async def verify(body: TokenIn, db: Db) -> dict[str, str]:
    if not accounts.verify_email(db, body.token):
        raise HTTPException(400, "This confirmation link is invalid, used or expired.")
    return {"status": "verified"}


@router.post(
    "/login",
    response_model=StatusOut,
    responses={401: {"description": "wrong username or password"}, 429: {"description": "rate limited"}},
)
def login(body: LoginIn, request: Request, response: Response, ctx: Ctx, db: Db) -> dict[str, str]:
    accounts.enforce_login_limits(ctx, db, body.username, client_ip(request))
    user = accounts.authenticate(db, body.username, body.password)
    if user is None:
        ctx.live.count('logins_total{result="failure"}')
        raise HTTPException(401, "wrong username or password")
    ctx.live.count('logins_total{result="success"}')
    set_session_cookie(response, request, ctx, accounts.start_session(db, user, session_expiry()))
    return {"status": "logged in"}


@router.post("/logout", response_model=StatusOut)
async def logout(request: Request, ctx: Ctx, db: Db, user: OptionalUser) -> JSONResponse:
    accounts.end_session(db, request.cookies.get(SESSION_COOKIE))
    if user is not None:  # logging out stops the user's sessions too (the workspace stays)
        sessions.stop_user_sessions(ctx, user, "stopped_by_user")
    response = JSONResponse({"status": "logged out"})
    clear_session_cookie(response)
    return response


@router.get("/me")
async def me(user: ApiUser, ctx: Ctx, db: Db) -> dict[str, Any]:
    limits = effective_limits(user)
    return {
        "user": {
            "username": user.username,
            "email": user.email,
            "admin": user.is_admin,
            "email_verified": user.email_verified,
            "suspended": user.suspended,
        },
        "plan": user.plan_name,
        "quota": limits.as_dict(),
        "usage": sessions.usage_summary(ctx, db, user),
        "sessions": sessions.live_sessions(ctx, user),
        "pools": pool_availability(ctx, db, user),
    }


def pool_availability(ctx: Any, db: Any, user: Any) -> list[dict[str, Any]]:
    out = []
    for name, pool in sorted(ctx.settings.pools.items()):
        in_use, queued = ctx.live.pool_load(name)
        refused = sessions.precheck(ctx, db, user, name)
        out.append(
            {
                "name": name,
                "kind": pool.kind,
                "description": pool.description,
                "capacity": pool.capacity,
                "in_use": in_use,
                "queued": queued,
                "available": refused is None,
                "reason": refused[1] if refused else None,
            }
        )
    return out


@router.post(
    "/launch",
    response_model=LaunchOut,
    responses={
        403: {"description": "not allowed now (reason in detail)"},
        429: {"description": "rate limited"},
    },
)
async def launch(body: LaunchIn, user: ApiUser, ctx: Ctx, db: Db) -> dict[str, Any]:
    ratelimit.enforce(ctx, "launch_per_user", user.username)
    refused = sessions.precheck(ctx, db, user, body.pool)
    if refused:
        raise HTTPException(403, refused[1])
    return {
        "url": sessions.mint_launch(ctx, user, body.pool, body.notebook),
        "expires_in": sessions.LAUNCH_TTL,
    }


@router.post("/password", response_model=StatusOut)
def change_password(body: PasswordChangeIn, request: Request, user: ApiUser, db: Db) -> dict[str, str]:
    try:
        accounts.change_password(
            db, user, body.old_password, body.new_password, request.cookies.get(SESSION_COOKIE)
        )
    except accounts.AccountError as exc:
        raise _account_error(exc) from None
    return {"status": "password changed"}


@router.post("/password-reset", status_code=202, response_model=StatusOut)
def password_reset(body: ResetIn, request: Request, ctx: Ctx, db: Db) -> dict[str, str]:
    ratelimit.enforce(ctx, "reset_per_ip", client_ip(request))
    accounts.request_reset(ctx, db, body.email)
    return {"status": "if the address has an account, a reset link is on its way"}


@router.post("/password-reset/confirm", response_model=StatusOut)
def password_reset_confirm(body: ResetConfirmIn, db: Db) -> dict[str, str]:
    try:
        accounts.reset_password(db, body.token, body.new_password)
    except accounts.AccountError as exc:
        raise _account_error(exc) from None
    return {"status": "password changed"}


@router.post(
    "/sessions/{session_id}/stop",
    response_model=StatusOut,
    responses={404: {"description": "no such session"}},
)
async def stop_session(session_id: str, user: ApiUser, ctx: Ctx) -> dict[str, str]:
    info = ctx.live.session(session_id[:64])
    if info is None or info.user != user.username:
        raise HTTPException(404, "no such session")
    ctx.live.mark_stop(session_id, "stopped_by_user")
    return {"status": "stopping"}
