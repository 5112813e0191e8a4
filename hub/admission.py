"""Admission, metering and release against web/, shared by every backend's spawner.

`AdmissionMixin` goes first in a spawner's bases (`class X(AdmissionMixin, SomeSpawner)`): its
`start()` asks web/ to admit the session on the chosen pool (waiting in the queue if told to,
showing the position on the spawn page), applies the limits from the answer through the backend's
`apply_limits()`, starts the backend, then heartbeats until web/ says stop. Capacity is released on
every way a server ends: stop, death noticed by poll(), failed start, and a hub restart (the session
id is kept in the spawner state, and poll() after the restart finds the server gone).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from jupyterhub.spawner import Spawner, SpawnException
from jupyterhub.utils import maybe_future
from traitlets import Bool, Float, Unicode, default

from .settings import load as load_settings
from .webapi import Admission, WebAPI, WebAPIError


class AdmissionMixin(Spawner):
    pool = Unicode("cpu", config=True, help="Pool used when neither user_options nor the launch say.")
    admission = Bool(True, config=True, help="Ask web/ before starting (off for a hub without a website).")
    web_url = Unicode(config=True, help="Base URL of web/'s internal API.")
    service_token = Unicode(config=True, help="Bearer token for web/'s internal API.")
    queue_timeout = Float(600.0, config=True, help="Give up waiting in a pool's queue after this long.")

    session_id = Unicode("")
    stop_reason = Unicode("")
    heartbeat_interval = Float(0.0)  # as web/ said at admission; kept for a hub that adopts the session

    @default("web_url")
    def _default_web_url(self) -> str:
        return load_settings().web_url

    @default("service_token")
    def _default_service_token(self) -> str:
        return load_settings().service_token()

    @default("admission")
    def _default_admission(self) -> bool:
        return load_settings().admission

    # ---- state that survives a hub restart -------------------------------------------------
    def get_state(self) -> dict[str, Any]:
        state = super().get_state()
        if self.session_id:
            state["mojito_session_id"] = self.session_id
        if self.stop_reason:
            state["mojito_stop_reason"] = self.stop_reason
        if self.heartbeat_interval:
            state["mojito_heartbeat_interval"] = self.heartbeat_interval
        return state

    def load_state(self, state: dict[str, Any]) -> None:
        super().load_state(state)
        self.session_id = state.get("mojito_session_id", "")
        self.stop_reason = state.get("mojito_stop_reason", "")
        self.heartbeat_interval = float(state.get("mojito_heartbeat_interval", 0.0))

    def clear_state(self) -> None:
        super().clear_state()
        self.session_id = ""

    # ---- progress shown on the spawn page -------------------------------------------------
    def _events(self) -> list[dict[str, Any]]:
        if not hasattr(self, "_mojito_events"):
            self._mojito_events: list[dict[str, Any]] = []
        return self._mojito_events

    def _report(self, progress: int, message: str) -> None:
        self.log.info("%s: %s", self._log_name, message)
        self._events().append({"progress": progress, "message": message})

    async def progress(self):  # type: ignore[override]
        sent = 0
        while True:
            events = self._events()
            while sent < len(events):
                yield events[sent]
                sent += 1
            await asyncio.sleep(0.2)

    # ---- the pool ------------------------------------------------------------------------
    async def chosen_pool(self) -> str:
        """user_options['pool'] (form or API), else the pool the user clicked on the website."""
        pool = (self.user_options or {}).get("pool")
        if not pool:
            auth_state = await self.user.get_auth_state() if self.user else None
            pool = (auth_state or {}).get("pool")
        return str(pool or self.pool)

    def _api(self) -> WebAPI:
        # The token file may appear after the hub started (web/ writes it on its first start).
        return WebAPI(self.web_url, self.service_token or load_settings().service_token())

    # ---- lifecycle -------------------------------------------------------------------------
    async def start(self):  # type: ignore[override]
        self._mojito_events = []
        self.stop_reason = ""
        if self.admission:
            admission = await self._wait_for_admission(await self.chosen_pool())
            self.session_id = admission.session_id
            self.apply_limits(admission.limits)
            interval = self.heartbeat_interval = admission.heartbeat_interval
        else:
            self.apply_limits({})
            interval = 0
        self._report(40, "Starting your sandboxed workspace")
        try:
            url = await maybe_future(super().start())
        except BaseException:
            await self._release("the server failed to start")
            raise
        if self.session_id and interval > 0:
            self._heartbeat_task = asyncio.ensure_future(self._heartbeat_loop(interval))
        self._report(90, "Server started, waiting for JupyterLab")
        return url

    async def _wait_for_admission(self, pool: str) -> Admission:
        api = self._api()
        deadline = time.monotonic() + self.queue_timeout
        self._report(10, f"Asking for a place in the '{pool}' pool")
        while True:
            try:
                answer = await api.admit(self.user.name, pool)
            except WebAPIError as exc:
                self.log.error("admission for %s failed: %s", self.user.name, exc)
                raise SpawnException(
                    "The playground's website is not answering, so no session can start right now. "
                    "Please try again in a minute.", reason="web_unreachable", status_code=503) from exc
            if answer.decision == "admit":
                self._report(30, f"Admitted to the '{answer.pool}' pool")
                return answer
            if answer.decision == "deny":
                self.stop_reason = answer.reason
                raise SpawnException(answer.reason, reason=answer.code or "denied", status_code=403)
            if time.monotonic() > deadline:
                raise SpawnException(f"The '{pool}' pool stayed full for {int(self.queue_timeout)} s; "
                                     "please try again later.", reason="queue_timeout", status_code=503)
            self._report(20, f"The '{pool}' pool is full: you are number {answer.position} in the queue")
            await asyncio.sleep(max(0.5, min(answer.retry_after, 10.0)))

    async def _heartbeat_loop(self, interval: float) -> None:
        api = self._api()
        while self.session_id:
            await asyncio.sleep(interval)
            try:
                beat = await api.heartbeat(self.session_id, self._usage_report())
            except WebAPIError as exc:
                # web/ down for a moment must not kill sessions; it reaps them itself if it stays down.
                self.log.warning("heartbeat for %s failed: %s", self._log_name, exc)
                continue
            if not beat.proceed:
                self.stop_reason = beat.reason or beat.code
                self.log.warning("stopping %s: the website says %s (%s)", self._log_name, beat.code, beat.reason)
                await self.stop_for_reason()
                return

    def _usage_report(self) -> dict[str, Any]:
        """What the session used so far, sent with every heartbeat for the dashboards: the
        backend's `usage_report()` where it has one (the local backend: `cpu_seconds` of the
        session's cgroup, `disk` {`used_bytes`, `size_bytes`} of the workspace)."""
        measure = getattr(self, "usage_report", None)
        try:
            return dict(measure()) if measure is not None else {}
        except Exception as exc:  # noqa: BLE001 - a figure for a dashboard never stops a session
            self.log.warning("usage report of %s failed: %s", self._log_name, exc)
            return {}

    async def stop_for_reason(self) -> None:
        """End the server because web/ said so; the hub's poll notices and cleans up its records."""
        await maybe_future(super().stop())
        await self._release(self.stop_reason)

    async def stop(self, now: bool = False):  # type: ignore[override]
        self._cancel_heartbeat()
        report = self._usage_report() if self.session_id else {}  # the last figures, before they go
        await maybe_future(super().stop(now=now))
        await self._release("stopped", report)

    async def poll(self):  # type: ignore[override]
        status = await maybe_future(super().poll())
        if status is not None and self.session_id:
            # Died on its own (a crash, or while no hub watched it): free the capacity.
            self._cancel_heartbeat()
            await self._release("the server is no longer running")
        elif status is None and self.session_id and self.heartbeat_interval > 0:
            task = getattr(self, "_heartbeat_task", None)
            if task is None or task.done():
                # A session an earlier hub process started, adopted by this one: meter it again
                # (the first heartbeat meters the gap, up to web/'s heartbeat_timeout; a session
                # that web/ reaped meanwhile is told to stop).
                self.log.info("%s: adopted a running session, heartbeats resume", self._log_name)
                self._heartbeat_task = asyncio.ensure_future(self._heartbeat_loop(self.heartbeat_interval))
        return status

    def _cancel_heartbeat(self) -> None:
        task = getattr(self, "_heartbeat_task", None)
        if task is not None and not task.done() and task is not asyncio.current_task():
            task.cancel()

    async def _release(self, why: str, report: dict[str, Any] | None = None) -> None:
        session_id, self.session_id = self.session_id, ""
        if not session_id or not self.admission:
            return
        try:
            await self._api().release(session_id, report)
            self.log.info("released session %s of %s (%s)", session_id, self._log_name, why)
        except WebAPIError as exc:
            # web/ reaps sessions without heartbeats after its timeout, so nothing leaks for good.
            self.log.warning("release of %s failed (web/ will reap it): %s", session_id, exc)
