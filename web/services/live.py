"""Live state in Redis: sessions, admission, heartbeats, usage counters, queue, metrics.

Every decision is one Lua script (services/lua.py). Python only builds key names and persists usage
to SQL, so Redis holds nothing that cannot be rebuilt: usage counters are re-seeded from SQL when
missing, and sessions expire when their heartbeats stop.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import redis

from . import lua

USAGE_TTL = 3 * 86400  # a day's counter lives a little past its day; SQL keeps the history
DISK_TTL = 90 * 86400  # the last measured size of a workspace (it persists between sessions)


@dataclass
class SessionInfo:
    session_id: str
    user: str
    pool: str
    started: float
    last: float
    stop: str | None
    cpu_seconds: float | None = None  # as the hub last measured it (its cgroup), None if it cannot


@dataclass
class DiskUse:
    used_bytes: int
    size_bytes: int
    measured_at: float


def _session_info(sid: str, h: dict[bytes, bytes]) -> SessionInfo | None:
    if not h:
        return None
    d = {k.decode(): v.decode() for k, v in h.items()}
    cpu = float(d["cpu"]) if "cpu" in d else None
    return SessionInfo(sid, d["user"], d["pool"], float(d["started"]), float(d["last"]), d.get("stop"), cpu)


def _disk_use(h: dict[bytes, bytes]) -> DiskUse | None:
    try:
        return DiskUse(int(h[b"used"]), int(h[b"size"]), float(h[b"at"]))
    except (KeyError, ValueError):
        return None


class Live:
    def __init__(
        self,
        client: redis.Redis,
        prefix: str,
        heartbeat_timeout: int,
        queue_ttl: int,
        clock: Callable[[], float],
    ):
        self.r = client
        self.p = prefix
        self.heartbeat_timeout = heartbeat_timeout
        self.queue_ttl = queue_ttl
        self.clock = clock
        self._admit = client.register_script(lua.ADMIT)
        self._heartbeat = client.register_script(lua.HEARTBEAT)
        self._release = client.register_script(lua.RELEASE)
        self._reap = client.register_script(lua.REAP)
        self._hit = client.register_script(lua.HIT)
        self._mark_stop = client.register_script(lua.MARK_STOP)
        self._report = client.register_script(lua.REPORT)

    # key names -----------------------------------------------------------------------------
    def k(self, *parts: str) -> str:
        return self.p + ":".join(parts)

    def usage_key(self, user: str, pool: str, day: str) -> str:
        return self.k("usage", user, pool, day)

    # usage counters -------------------------------------------------------------------------
    def usage_values(self, user: str, pools: list[str], day: str) -> list[float | None]:
        vals = self.r.mget([self.usage_key(user, p, day) for p in pools])
        return [None if v is None else float(v) for v in vals]

    def seed_usage(self, user: str, pool: str, day: str, seconds: float) -> None:
        # NX: never overwrite a live counter with an older SQL value.
        self.r.set(self.usage_key(user, pool, day), repr(float(seconds)), nx=True, ex=USAGE_TTL)

    def clear_usage(self, user: str, pools: list[str], day: str) -> None:
        self.r.delete(*[self.usage_key(user, p, day) for p in pools])

    # what sessions used (measured by the hub; shown, not enforced) -----------------------------
    def cpu_key(self, user: str, day: str) -> str:
        return self.k("cpu", user, day)

    def disk_key(self, user: str) -> str:
        return self.k("disk", user)

    def report_keys_args(self, sid: str, user: str, day: str, cpu_seconds: float | None,
                         disk: tuple[int, int] | None) -> tuple[list[str], list[Any]]:
        keys = [self.k("sess", sid), self.cpu_key(user, day), self.disk_key(user)]
        args = ["" if cpu_seconds is None else repr(float(cpu_seconds)),
                "" if disk is None else int(disk[0]), "" if disk is None else int(disk[1]),
                self.clock(), USAGE_TTL, DISK_TTL]
        return keys, args

    def report(self, sid: str, user: str, day: str, cpu_seconds: float | None,
               disk: tuple[int, int] | None) -> None:
        keys, args = self.report_keys_args(sid, user, day, cpu_seconds, disk)
        self._report(keys=keys, args=args)

    def cpu_today(self, user: str, day: str) -> float:
        v = self.r.get(self.cpu_key(user, day))
        return float(v) if v is not None else 0.0

    def disk_use(self, user: str) -> DiskUse | None:
        return _disk_use(self.r.hgetall(self.disk_key(user)))

    def disk_uses(self, users: list[str]) -> dict[str, DiskUse]:
        """The last measured workspace use of many users (one round trip)."""
        pipe = self.r.pipeline(transaction=False)
        for user in users:
            pipe.hgetall(self.disk_key(user))
        found = {user: _disk_use(h) for user, h in zip(users, pipe.execute() if users else [])}
        return {user: use for user, use in found.items() if use is not None}

    # sessions -------------------------------------------------------------------------------
    def admit_keys_args(
        self,
        sid: str,
        user: str,
        pool: str,
        plan: str,
        capacity: int,
        max_sessions: int,
        quota_seconds: int,
        usage_pools: list[str],
        day: str,
    ) -> tuple[list[str], list[Any]]:
        keys = [
            self.k("beats"),
            self.k("pool", pool, "sessions"),
            self.k("user", user, "sessions"),
            self.k("pool", pool, "queue"),
            self.k("pool", pool, "polled"),
            self.k("sess", sid),
            self.k("pool", pool, "tickets"),
            self.k("metrics"),
        ]
        keys += [self.usage_key(user, p, day) for p in usage_pools]
        args = [
            self.clock(),
            user,
            pool,
            capacity,
            max_sessions,
            quota_seconds,
            self.heartbeat_timeout,
            self.queue_ttl,
            self.p,
            sid,
            plan,
        ]
        return keys, args

    def session(self, sid: str) -> SessionInfo | None:
        return _session_info(sid, self.r.hgetall(self.k("sess", sid)))

    def heartbeat(
        self,
        sid: str,
        *,
        usage_pool_key: str,
        other_usage_keys: list[str],
        quota_seconds: int,
        max_session_seconds: int,
    ) -> list[str]:
        keys = [self.k("sess", sid), self.k("beats"), usage_pool_key, *other_usage_keys]
        args = [self.clock(), self.heartbeat_timeout, quota_seconds, max_session_seconds, USAGE_TTL, sid]
        return [x.decode() if isinstance(x, bytes) else str(x) for x in self._heartbeat(keys=keys, args=args)]

    def release(self, sid: str) -> bool:
        return bool(self._release(keys=[self.k("sess", sid), self.k("beats")], args=[self.p, sid]))

    def mark_stop(self, sid: str, code: str) -> bool:
        return bool(self._mark_stop(keys=[self.k("sess", sid)], args=[code]))

    def reap(self) -> int:
        return int(self._reap(keys=[self.k("beats")], args=[self.p, self.clock() - self.heartbeat_timeout]))

    def user_sessions(self, user: str) -> list[SessionInfo]:
        self.reap()
        sids = sorted(x.decode() for x in self.r.smembers(self.k("user", user, "sessions")))
        out = [self.session(sid) for sid in sids]
        return [s for s in out if s is not None]

    def pool_load(self, pool: str) -> tuple[int, int]:
        """(sessions in use, users queued) of a pool."""
        pipe = self.r.pipeline()
        pipe.scard(self.k("pool", pool, "sessions"))
        pipe.zcard(self.k("pool", pool, "queue"))
        in_use, queued = pipe.execute()
        return int(in_use), int(queued)

    # rate limits and single-use launch ids ---------------------------------------------------
    def hit(self, name: str, ident: str, window: int) -> tuple[int, int]:
        count, ttl = self._hit(keys=[self.k("rl", name, ident)], args=[window])
        return int(count), int(ttl)

    def remember_launch(self, jti: str, user: str, ttl: int) -> None:
        self.r.set(self.k("launch", jti), user, ex=ttl)

    def consume_launch(self, jti: str) -> str | None:
        # GETDEL is atomic: of two concurrent redemptions exactly one sees the value.
        v = self.r.getdel(self.k("launch", jti))
        return v.decode() if v is not None else None

    # metrics (kept in Redis so several workers report one total) -----------------------------
    def count(self, metric: str, n: int = 1) -> None:
        self.r.hincrby(self.k("metrics"), metric, n)

    def counters(self) -> dict[str, int]:
        return {k.decode(): int(v) for k, v in self.r.hgetall(self.k("metrics")).items()}

    def ping(self) -> Any:
        return self.r.ping()


def _text(values: list[Any]) -> list[str]:
    return [x.decode() if isinstance(x, bytes) else str(x) for x in values]


class AsyncLive(Live):
    """The hub's hot path (admit, heartbeat, release, redeem) on redis.asyncio.

    While one request waits for Redis the event loop serves others; the synchronous Live blocks
    the loop for each round trip. Same keys and scripts as Live (inherited key names).
    """

    def __init__(
        self,
        client: Any,  # redis.asyncio.Redis
        prefix: str,
        heartbeat_timeout: int,
        queue_ttl: int,
        clock: Callable[[], float],
    ):
        super().__init__(client, prefix, heartbeat_timeout, queue_ttl, clock)

    async def usage_values_async(self, user: str, pools: list[str], day: str) -> list[float | None]:
        vals = await self.r.mget([self.usage_key(user, p, day) for p in pools])
        return [None if v is None else float(v) for v in vals]

    async def seed_usage_async(self, user: str, pool: str, day: str, seconds: float) -> None:
        await self.r.set(self.usage_key(user, pool, day), repr(float(seconds)), nx=True, ex=USAGE_TTL)

    async def admit_async(
        self,
        *,
        user: str,
        pool: str,
        plan: str,
        capacity: int,
        max_sessions: int,
        quota_seconds: int,
        usage_pools: list[str],
        day: str,
    ) -> list[str]:
        sid = "s_" + secrets.token_hex(12)
        keys, args = self.admit_keys_args(
            sid, user, pool, plan, capacity, max_sessions, quota_seconds, usage_pools, day
        )
        return _text(await self._admit(keys=keys, args=args))

    async def session_async(self, sid: str) -> SessionInfo | None:
        return _session_info(sid, await self.r.hgetall(self.k("sess", sid)))

    async def heartbeat_async(
        self,
        sid: str,
        *,
        usage_pool_key: str,
        other_usage_keys: list[str],
        quota_seconds: int,
        max_session_seconds: int,
    ) -> list[str]:
        keys = [self.k("sess", sid), self.k("beats"), usage_pool_key, *other_usage_keys]
        args = [self.clock(), self.heartbeat_timeout, quota_seconds, max_session_seconds, USAGE_TTL, sid]
        return _text(await self._heartbeat(keys=keys, args=args))

    async def report_async(self, sid: str, user: str, day: str, cpu_seconds: float | None,
                           disk: tuple[int, int] | None) -> None:
        keys, args = self.report_keys_args(sid, user, day, cpu_seconds, disk)
        await self._report(keys=keys, args=args)

    async def release_async(self, sid: str) -> bool:
        return bool(await self._release(keys=[self.k("sess", sid), self.k("beats")], args=[self.p, sid]))

    async def mark_stop_async(self, sid: str, code: str) -> bool:
        return bool(await self._mark_stop(keys=[self.k("sess", sid)], args=[code]))

    async def consume_launch_async(self, jti: str) -> str | None:
        v = await self.r.getdel(self.k("launch", jti))
        return v.decode() if v is not None else None

    async def count_async(self, metric: str, n: int = 1) -> None:
        await self.r.hincrby(self.k("metrics"), metric, n)
