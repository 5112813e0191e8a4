"""The login bridge: `/hub/login?token=...` redeems the website's single-use launch token.

There is no Hub login form. A valid token logs the user in (the pool they clicked kept in
auth_state for the spawner) and sends them on to their server; a missing, forged, expired or used
token sends them to the website's login page.

Nobody is a hub admin, website admins included. A hub admin may open every user's server, and
user servers share the website's origin: an admin opening a workspace in which the user made a
notebook's outputs trusted would run that user's JavaScript with the admin's website session.
Admins do their work on the website (its admin API stops sessions through the heartbeat, docs/web.md),
which needs nothing from the hub.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from jupyterhub.auth import Authenticator
from jupyterhub.handlers.base import BaseHandler
from jupyterhub.handlers.login import LoginHandler, LogoutHandler
from traitlets import Unicode, default

from .settings import load as load_settings
from .webapi import WebAPI, WebAPIError


def _without_token(url: str) -> str:
    """The used token has no business in the browser's history or the next pages' URLs."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "token"]
    return urlunsplit(parts._replace(query=urlencode(query)))


class LaunchLoginHandler(LoginHandler):
    async def get(self) -> None:  # type: ignore[override]
        token = self.get_argument("token", default="")
        if token:
            # A token wins over an existing hub cookie: the user may have clicked another pool.
            user = await self.login_user()
            if user is not None:
                auth_state = await user.get_auth_state() or {}
                target = auth_state.get("next") or self.get_next_url(user)
                self.redirect(_without_token(target), permanent=False)
                return
        elif self.current_user:
            self.set_login_cookie(self.current_user)
            self.redirect(self.get_next_url(self.current_user), permanent=False)
            return
        self.redirect(self.authenticator.website_login_url(self.get_argument("next", "")), permanent=False)

    async def post(self) -> None:  # type: ignore[override]
        # No password form: a POST can only be someone trying the Hub's usual form.
        self.redirect(self.authenticator.website_login_url(""), permanent=False)


WEBSITE_SESSION_COOKIE = "mojito_session"  # web/'s login cookie (path /, same origin)


class OneLogoutHandler(LogoutHandler):
    """Logging out anywhere ends both logins and stops the user's servers (the workspace stays).

    - `GET /hub/logout?token=T`: the website's Log out (a CSRF-checked POST there) handed over with
      a single-use logout token; the hub stops that user's servers and clears its own cookies.
    - `GET /hub/logout` (JupyterLab's File > Log Out): a page with a Log out button; a plain GET
      never logs anyone out (a cross-site image could).
    - `POST /hub/logout` (that button, with the hub's _xsrf): stops the servers, clears the hub's
      cookies and ends the browser's website session through web/'s internal API.
    """

    async def _end_hub_login(self, username: str) -> None:
        user = self.find_user(username)
        if user is not None:
            await self._shutdown_servers(user)
            self.log.info("User logged out: %s", username)
        self.clear_login_cookie()
        self._jupyterhub_user = None

    async def get(self) -> None:  # type: ignore[override]
        token = self.get_argument("token", default="")
        if token:
            username = await self.authenticator.redeem_logout(token)
            if username is not None:
                await self._end_hub_login(username)
                self.redirect("/", permanent=False)
                return
        confirm = self.current_user is not None
        if not confirm:
            self._jupyterhub_user = None
        self.finish(await self.render_template("logout.html", confirm=confirm))

    async def post(self) -> None:  # type: ignore[override]
        user = self.current_user
        if user is not None:
            await self._end_hub_login(user.name)
            try:
                await self.authenticator.end_website_session(user.name, self.get_cookie(WEBSITE_SESSION_COOKIE))
            except WebAPIError as exc:  # the cookie is cleared below all the same
                self.log.error("cannot end %s's website session: %s", user.name, exc)
        self.clear_cookie(WEBSITE_SESSION_COOKIE, path="/")
        self.redirect("/", permanent=False)


class DashboardRedirectHandler(BaseHandler):
    """The hub's Home (named servers) and Token pages are not for users: the website's dashboard
    is where sessions are started, opened and stopped."""

    def get(self, *args: Any) -> None:
        self.redirect("/dashboard", permanent=False)


class LaunchTokenAuthenticator(Authenticator):
    auto_login = True
    # web/ decides who may use the playground; the hub accepts every user it vouches for.
    allow_all = True

    web_url = Unicode(config=True, help="Base URL of web/'s internal API.")
    service_token = Unicode(config=True, help="Bearer token for web/'s internal API.")
    website_login_path = Unicode("/login", config=True, help="The website's login page.")

    @default("web_url")
    def _default_web_url(self) -> str:
        return load_settings().web_url

    def website_login_url(self, next_url: str) -> str:
        if next_url.startswith("/") and not next_url.startswith("//"):
            return f"{self.website_login_path}?{urlencode({'next': next_url})}"
        return self.website_login_path

    def get_handlers(self, app: Any) -> list[tuple[str, type]]:
        return [
            ("/login", LaunchLoginHandler),
            ("/logout", OneLogoutHandler),
            ("/home", DashboardRedirectHandler),
            ("/token", DashboardRedirectHandler),
        ]

    def _api(self) -> WebAPI:
        return WebAPI(self.web_url, self.service_token or load_settings().service_token())

    async def redeem_logout(self, token: str) -> str | None:
        try:
            return await self._api().redeem_logout(token)
        except WebAPIError as exc:
            self.log.error("cannot redeem a logout token: %s", exc)
            return None

    async def end_website_session(self, username: str, session_cookie: str | None) -> bool:
        return await self._api().end_website_session(username, session_cookie)

    async def authenticate(self, handler: Any, data: Any = None) -> dict[str, Any] | None:
        token = handler.get_argument("token", default="")
        if not token:
            return None
        api = WebAPI(self.web_url, self.service_token or load_settings().service_token())
        try:
            # The browser's website login comes along: the website honours the token only for
            # a browser logged in there as the token's user.
            redeemed = await api.redeem(token, handler.get_cookie(WEBSITE_SESSION_COOKIE))
        except WebAPIError as exc:
            self.log.error("cannot redeem a launch token: %s", exc)
            return None
        if redeemed is None:
            self.log.warning("refused a forged, expired or used launch token")
            return None
        next_url = redeemed.next if redeemed.next and redeemed.next.startswith("/") else None
        return {
            "name": redeemed.username,
            "admin": False,  # also demotes a hub admin made by an older version (module docstring)
            "auth_state": {"pool": redeemed.pool, "plan": redeemed.plan, "next": next_url},
        }
