"""Client of web/'s internal API (docs/web.md): admit, heartbeat, release, redeem."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import aiohttp


class WebAPIError(Exception):
    """web/ could not be reached or answered something other than the documented shapes."""


@dataclass
class Admission:
    decision: str  # admit | queue | deny
    session_id: str = ""
    pool: str = ""
    position: int = 0
    retry_after: float = 5.0
    code: str = ""
    reason: str = ""
    heartbeat_interval: float = 30.0
    limits: dict[str, Any] = field(default_factory=dict)
    plan: str = ""


@dataclass
class Heartbeat:
    proceed: bool
    code: str = ""
    reason: str = ""


@dataclass
class Redeemed:
    username: str
    admin: bool
    plan: str
    pool: str
    next: str | None


class WebAPI:
    def __init__(self, base_url: str, token: str, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = aiohttp.ClientTimeout(total=timeout)

    async def _post(self, path: str, body: dict[str, Any], ok: tuple[int, ...] = (200,)) -> tuple[int, Any]:
        url = f"{self.base_url}/api/v1/internal/{path}"
        headers = {"Authorization": f"Bearer {self.token}"}
        try:
            async with (
                aiohttp.ClientSession(timeout=self.timeout) as session,
                session.post(url, json=body, headers=headers) as resp,
            ):
                data = await resp.json(content_type=None)
                status = resp.status
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise WebAPIError(f"the website's API at {url} is unreachable: {exc}") from exc
        if status not in ok:
            raise WebAPIError(f"{url} answered {status}: {data}")
        return status, data

    async def admit(self, username: str, pool: str) -> Admission:
        _, d = await self._post("admit", {"username": username, "pool": pool})
        decision = d.get("decision")
        if decision == "admit":
            return Admission(
                "admit", session_id=d["session_id"], pool=d.get("pool", pool),
                heartbeat_interval=float(d.get("heartbeat_interval", 30)),
                limits=dict(d.get("limits") or {}), plan=d.get("plan", ""),
            )
        if decision == "queue":
            return Admission("queue", pool=d.get("pool", pool), position=int(d.get("position", 0)),
                             retry_after=float(d.get("retry_after", 5)))
        if decision == "deny":
            return Admission("deny", pool=pool, code=d.get("code", ""),
                             reason=d.get("reason") or "The website refused to start this session.")
        raise WebAPIError(f"unexpected admission answer: {d}")

    async def heartbeat(self, session_id: str, report: dict[str, Any] | None = None) -> Heartbeat:
        """`report`: what the session used so far (`cpu_seconds`, `disk`), shown on the dashboards."""
        _, d = await self._post("heartbeat", {"session_id": session_id, **(report or {})})
        if d.get("continue", False):
            return Heartbeat(True)
        return Heartbeat(False, code=d.get("code", ""), reason=d.get("reason", ""))

    async def release(self, session_id: str, report: dict[str, Any] | None = None) -> bool:
        _, d = await self._post("release", {"session_id": session_id, **(report or {})})
        return bool(d.get("released", False))

    async def redeem(self, token: str, session_cookie: str | None = None) -> Redeemed | None:
        """The user a launch token belongs to, or None for a forged, expired or used token, or one
        presented by a browser that is not logged in to the website as that user (the website
        checks `session_cookie`, the browser's `mojito_session`: no login CSRF into a lab)."""
        status, d = await self._post("redeem", {"token": token, "session": session_cookie},
                                     ok=(200, 400, 404, 410, 422))
        if status != 200:
            return None
        return Redeemed(username=d["username"], admin=bool(d.get("admin", False)),
                        plan=d.get("plan", ""), pool=d.get("pool") or "cpu", next=d.get("next"))

    async def redeem_logout(self, token: str) -> str | None:
        """Whose login a website logout token ends (single use), or None."""
        status, d = await self._post("logout-redeem", {"token": token}, ok=(200, 400, 422))
        return d.get("username") if status == 200 else None

    async def end_website_session(self, username: str, session_cookie: str | None) -> bool:
        """The hub logged a browser out: the website's session of that browser ends too."""
        _, d = await self._post("logout", {"username": username, "session": session_cookie})
        return bool(d.get("ended", False))
