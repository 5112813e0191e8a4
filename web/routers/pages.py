"""Server-rendered pages for visitors and users; every form posts with a CSRF token."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import Response

from ..deps import SESSION_COOKIE, Csrf, Ctx, Db, client_ip, optional_user, session_expiry
from ..models import User
from ..policy import effective_limits
from ..render import clear_session_cookie, page, redirect, set_session_cookie
from ..services import accounts, bridge, gallery, ratelimit, sessions
from .api_user import pool_availability

router = APIRouter(include_in_schema=False)
F = Annotated[str, Form(max_length=256)]


async def page_user(request: Request, user: Annotated[User | None, Depends(optional_user)]) -> User | None:
    # Templates get a plain snapshot: an error page rendered after the transaction was rolled
    # back must not touch the (then expired) ORM object.
    request.state.user = (
        None
        if user is None
        else SimpleNamespace(
            username=user.username,
            email=user.email,
            is_admin=user.is_admin,
            plan_name=user.plan_name,
            email_verified=user.email_verified,
        )
    )
    return user


PageUser = Annotated[User | None, Depends(page_user)]


def _safe_next(target: str | None) -> str:
    # Only local paths: an open redirect after login would help phishing.
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/dashboard"


@router.get("/")
async def landing(request: Request, ctx: Ctx, user: PageUser) -> Response:
    return page(request, ctx, "landing.html", notebooks=gallery.list_notebooks(ctx.settings.notebook_dir)[:3])


@router.get("/signup")
async def signup_form(request: Request, ctx: Ctx, user: PageUser) -> Response:
    return page(request, ctx, "signup.html", form={}, error=None)


@router.post("/signup", dependencies=[Csrf])
def signup(
    request: Request, ctx: Ctx, db: Db, user: PageUser, email: F, username: F, password: F
) -> Response:
    ratelimit.enforce(ctx, "signup_per_ip", client_ip(request))
    try:
        accounts.signup(ctx, db, email, username, password)
    except accounts.AccountError as exc:
        return page(
            request,
            ctx,
            "signup.html",
            status=exc.status,
            error=str(exc),
            form={"email": email, "username": username},
        )
    return page(
        request,
        ctx,
        "message.html",
        title="Check your email",
        message=f"We sent a confirmation link to {email}. Open it to activate your account.",
    )


def _after_login(ctx: Any, user: User, target: str) -> Response:
    # A page of the hub (a bookmarked /user/NAME/lab/tree/X, the hub's OAuth step) needs the hub's
    # login too: hand over with a launch token that lands on that page.
    if bridge.is_hub_path(target):
        return redirect(bridge.hub_login_url(ctx, user, target))
    return redirect(target)


@router.get("/login")
async def login_form(
    request: Request, ctx: Ctx, user: PageUser, next: str = Query("", max_length=2000)
) -> Response:
    target = _safe_next(next)
    if user is not None and next:  # already logged in here: no second form, go on
        return _after_login(ctx, user, target)
    return page(request, ctx, "login.html", error=None, next=target, login="")


@router.post("/login", dependencies=[Csrf])
def login(
    request: Request,
    ctx: Ctx,
    db: Db,
    user: PageUser,
    username: F,
    password: F,
    next: Annotated[str, Form(max_length=2000)] = "/dashboard",
) -> Response:
    accounts.enforce_login_limits(ctx, db, username, client_ip(request))
    found = accounts.authenticate(db, username, password)
    if found is None:
        ctx.live.count('logins_total{result="failure"}')
        return page(
            request,
            ctx,
            "login.html",
            status=401,
            error="Wrong username or password.",
            next=_safe_next(next),
            login=username,
        )
    ctx.live.count('logins_total{result="success"}')
    response = _after_login(ctx, found, _safe_next(next))
    set_session_cookie(response, request, ctx, accounts.start_session(db, found, session_expiry()))
    return response


@router.post("/logout", dependencies=[Csrf])
async def logout(request: Request, ctx: Ctx, db: Db, user: PageUser) -> Response:
    accounts.end_session(db, request.cookies.get(SESSION_COOKIE))
    if user is None:
        response = redirect("/")
    else:
        # Both logins end together: stop the sessions (the hub's next heartbeat does it even if the
        # browser goes no further), then let the hub clear its cookies and stop the server now.
        bridge.stop_all(ctx, user)
        response = redirect("/hub/logout?token=" + bridge.mint_logout(ctx, user.username))
    clear_session_cookie(response)
    return response


@router.get("/hub/logout")
async def hub_logout_without_hub() -> Response:
    # Only reached when no hub is in front of the website (`make run-web`): nothing more to end.
    return redirect("/")


@router.get("/verify")
async def verify_form(
    request: Request, ctx: Ctx, user: PageUser, token: str = Query("", max_length=200)
) -> Response:
    # A button, not an automatic confirmation: mail scanners that prefetch links must not use it up.
    return page(request, ctx, "verify.html", token=token)


@router.post("/verify", dependencies=[Csrf])
async def verify(request: Request, ctx: Ctx, db: Db, user: PageUser, token: F) -> Response:
    if accounts.verify_email(db, token):
        return page(
            request,
            ctx,
            "message.html",
            title="Email confirmed",
            message="Your address is confirmed. You can launch your workspace now.",
            link=("/dashboard" if user else "/login", "Continue"),
        )
    return page(
        request,
        ctx,
        "message.html",
        status=400,
        title="Link not valid",
        message="This confirmation link is invalid, used or expired.",
    )


@router.post("/verify/resend", dependencies=[Csrf])
def verify_resend(request: Request, ctx: Ctx, db: Db, user: PageUser) -> Response:
    if user is None:
        return _login_needed(request)
    ratelimit.enforce(ctx, "resend_per_user", user.username)
    sent = accounts.resend_confirmation(ctx, db, user)
    return page(
        request,
        ctx,
        "message.html",
        title="Check your email" if sent else "Already confirmed",
        message=f"We sent a new confirmation link to {user.email}." if sent else "Your address is confirmed.",
        link=("/dashboard", "Back to the dashboard"),
    )


@router.get("/password-reset")
async def reset_form(request: Request, ctx: Ctx, user: PageUser) -> Response:
    return page(request, ctx, "reset_request.html")


@router.post("/password-reset", dependencies=[Csrf])
def reset_request(request: Request, ctx: Ctx, db: Db, user: PageUser, email: F) -> Response:
    ratelimit.enforce(ctx, "reset_per_ip", client_ip(request))
    accounts.request_reset(ctx, db, email)
    return page(
        request,
        ctx,
        "message.html",
        title="Check your email",
        message="If this address has an account, we sent it a link to choose a new password.",
    )


@router.get("/password-reset/confirm")
async def reset_confirm_form(
    request: Request, ctx: Ctx, user: PageUser, token: str = Query("", max_length=200)
) -> Response:
    return page(request, ctx, "reset_confirm.html", token=token, error=None)


@router.post("/password-reset/confirm", dependencies=[Csrf])
def reset_confirm(request: Request, ctx: Ctx, db: Db, user: PageUser, token: F, new_password: F) -> Response:
    try:
        accounts.reset_password(db, token, new_password)
    except accounts.AccountError as exc:
        return page(request, ctx, "reset_confirm.html", status=exc.status, token=token, error=str(exc))
    return page(
        request,
        ctx,
        "message.html",
        title="Password changed",
        message="Your password is changed; log in with the new one.",
        link=("/login", "Log in"),
    )


def _login_needed(request: Request) -> Response:
    return redirect("/login?next=" + request.url.path)


@router.get("/account")
async def account(request: Request, ctx: Ctx, user: PageUser) -> Response:
    if user is None:
        return _login_needed(request)
    return page(request, ctx, "account.html", error=None, done=False)


@router.post("/account/password", dependencies=[Csrf])
def account_password(
    request: Request, ctx: Ctx, db: Db, user: PageUser, old_password: F, new_password: F
) -> Response:
    if user is None:
        return _login_needed(request)
    try:
        accounts.change_password(db, user, old_password, new_password, request.cookies.get(SESSION_COOKIE))
    except accounts.AccountError as exc:
        return page(request, ctx, "account.html", status=exc.status, error=str(exc), done=False)
    return page(request, ctx, "account.html", error=None, done=True)


def dashboard_values(ctx: Any, db: Any, user: User) -> dict[str, Any]:
    from .shares import MAX_BYTES, listing  # (shares.py builds on this module's PageUser)

    return {
        "limits": effective_limits(user),
        "usage": sessions.usage_summary(ctx, db, user),
        "pools": pool_availability(ctx, db, user),
        "sessions": sessions.live_sessions(ctx, user),
        "shares": listing(db, user),
        "share_limit_mb": MAX_BYTES // (1024 * 1024),
    }


@router.get("/dashboard")
async def dashboard(request: Request, ctx: Ctx, db: Db, user: PageUser) -> Response:
    if user is None:
        return _login_needed(request)
    return page(request, ctx, "dashboard.html", error=None, **dashboard_values(ctx, db, user))


@router.post("/launch", dependencies=[Csrf])
async def launch(
    request: Request,
    ctx: Ctx,
    db: Db,
    user: PageUser,
    pool: Annotated[str, Form(max_length=40)],
    notebook: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    if user is None:  # come back to the notebook (or the dashboard) after logging in
        back = f"/gallery/{notebook}" if gallery.NAME_RE.match(notebook) else "/dashboard"
        return redirect("/login?next=" + back)
    ratelimit.enforce(ctx, "launch_per_user", user.username)
    refused = sessions.precheck(ctx, db, user, pool)
    if refused is None and notebook and not gallery.NAME_RE.match(notebook):
        refused = ("bad_notebook", "No such notebook.")
    if refused:
        return page(
            request, ctx, "dashboard.html", status=403, error=refused[1], **dashboard_values(ctx, db, user)
        )
    return redirect(sessions.mint_launch(ctx, user, pool, notebook or None))


@router.post("/sessions/{session_id}/stop", dependencies=[Csrf])
async def stop_session(session_id: str, request: Request, ctx: Ctx, user: PageUser) -> Response:
    if user is None:
        return _login_needed(request)
    info = ctx.live.session(session_id[:64])
    if info is None or info.user != user.username:
        raise HTTPException(404, "No such session.")
    ctx.live.mark_stop(session_id, "stopped_by_user")
    return redirect("/dashboard")


@router.get("/gallery")
async def gallery_index(request: Request, ctx: Ctx, user: PageUser) -> Response:
    return page(request, ctx, "gallery.html", notebooks=gallery.list_notebooks(ctx.settings.notebook_dir))


@router.get("/gallery/{name}")
async def gallery_notebook(name: str, request: Request, ctx: Ctx, user: PageUser) -> Response:
    nb = gallery.find(ctx.settings.notebook_dir, name)
    if nb is None:
        raise HTTPException(404, "No such notebook.")
    return page(request, ctx, "notebook.html", nb=nb)
