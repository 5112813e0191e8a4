"""Server-rendered pages: Jinja2 with autoescaping, the CSRF token and the user in every page."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from .config import PACKAGE_DIR
from .deps import CSRF_COOKIE, SESSION_COOKIE, csrf_token
from .state import Context

templates = Jinja2Templates(directory=str(PACKAGE_DIR / "templates"))  # autoescape on for .html


def secure_cookies(request: Request, ctx: Context) -> bool:
    mode = ctx.settings.cookie_secure
    if mode != "auto":
        return mode in ("1", "true", "yes")
    # A public https URL means Secure cookies even when the request reached us as http: behind a TLS
    # proxy that uvicorn does not trust for X-Forwarded-Proto (an ingress on another address) the
    # scheme reads http, and the session cookie would also go out over any plain-http link.
    return request.url.scheme == "https" or ctx.settings.public_url.lower().startswith("https://")


def page(request: Request, ctx: Context, name: str, status: int = 200, **values: Any) -> HTMLResponse:
    values.setdefault("user", getattr(request.state, "user", None))
    values["csrf_token"] = csrf_token(request, ctx)
    values["request"] = request
    response = templates.TemplateResponse(request, name, values, status_code=status)
    response.headers["Cache-Control"] = "no-store"
    seed = getattr(request.state, "new_csrf_seed", None)
    if seed:
        response.set_cookie(
            CSRF_COOKIE, seed, httponly=True, samesite="lax", path="/", secure=secure_cookies(request, ctx)
        )
    return response


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def set_session_cookie(response: Response, request: Request, ctx: Context, token: str) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=14 * 86400,
        httponly=True,
        samesite="lax",
        path="/",
        secure=secure_cookies(request, ctx),
    )


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")
