"""Load benchmark of the website (loopback only, bounded in requests and time).

Starts the site (`mojito web serve`) on a free loopback port with a throwaway data directory and its
own Redis key prefix, then measures with C concurrent keep-alive clients:
  1. hub admission: POST /api/v1/internal/admit (each client admits, then releases, in a loop;
     only the admit is timed) -> p50, p99, throughput;
  2. GET /api/v1/me with a logged-in cookie -> throughput, p50, p99;
  3. for reference, side by side in the same run: an empty FastAPI endpoint (same uvicorn, same
     client), the ceiling that any FastAPI endpoint meets on this machine.
The client is a minimal asyncio HTTP/1.1 client, so that the load generator costs little of the
machine's CPU next to the server.

    .venv/bin/python bench/web_load.py [--clients 32] [--seconds 8] [--max-requests 50000] [--workers 1]
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import redis

CONFIG = """
[pools.cpu]
kind = "cpu"
capacity = 100000
[plans.free]
allowed_pools = ["cpu"]
max_sessions = 1000
daily_cpu_minutes = 1440
daily_gpu_minutes = 0
max_session_minutes = 60
idle_timeout_minutes = 10
memory_mb = 1024
cpu_share = 1.0
disk_mb = 100
[rate_limits]
"""


REFERENCE_APP = """
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class In(BaseModel):
    username: str
    pool: str


@app.post("/api/v1/internal/admit")
async def admit(body: In) -> dict:
    return {"decision": "admit", "session_id": "s_0", "pool": body.pool}
"""


def start_server(cmd: list[str], env: dict[str, str], port: int) -> subprocess.Popen:
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit(f"server did not start: {cmd}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Conn:
    """One keep-alive HTTP/1.1 connection."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port

    async def open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    async def request(
        self, method: str, path: str, headers: dict[str, str], body: bytes = b""
    ) -> tuple[int, bytes]:
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nContent-Length: {len(body)}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        self.writer.write(head.encode() + body)
        status_line = await self.reader.readline()
        length = 0
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        data = await self.reader.readexactly(length)
        return int(status_line.split()[1]), data


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))] if values else float("nan")


async def run_phase(
    port: int, clients: int, seconds: float, max_requests: int, make_step
) -> tuple[list[float], float, int]:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    budget = [max_requests]

    async def client(i: int) -> None:
        nonlocal errors
        conn = Conn("127.0.0.1", port)
        await conn.open()
        step = make_step(i, conn)
        while time.perf_counter() < deadline and budget[0] > 0:
            budget[0] -= 1
            ok, lat = await step()
            if ok:
                latencies.append(lat)
            else:
                errors += 1
        conn.writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(clients)))
    return latencies, time.perf_counter() - start, errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--seconds", type=float, default=8.0)
    ap.add_argument("--max-requests", type=int, default=50000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--redis-url", default=os.environ.get("MOJITO_REDIS_URL", "redis://127.0.0.1:6379/0"))
    args = ap.parse_args()

    load_before = os.getloadavg()[0]
    tmp = Path(tempfile.mkdtemp(prefix="mojito-bench-"))
    (tmp / "config.toml").write_text(CONFIG)
    prefix = f"mojito-bench-{uuid.uuid4().hex[:8]}:"
    port = free_port()

    def forget_keys() -> None:  # this run's Redis keys only (its own prefix)
        r = redis.Redis.from_url(args.redis_url)
        keys = list(r.scan_iter(match=prefix + "*"))
        if keys:
            r.delete(*keys)

    atexit.register(forget_keys)
    env = {
        **os.environ,
        "MOJITO_DATA_DIR": str(tmp / "data"),
        "MOJITO_REDIS_URL": args.redis_url,
        "MOJITO_REDIS_PREFIX": prefix,
        "MOJITO_CONFIG_FILE": str(tmp / "config.toml"),
    }
    mojito = Path(sys.executable).parent / "mojito"
    subprocess.run([str(mojito), "web", "migrate"], env=env, check=True, capture_output=True)

    # Accounts and login sessions straight into SQL: the benchmark measures admission and /me, not argon2.
    os.environ.update(env)
    from mojito.web import tokens
    from mojito.web.config import load_settings
    from mojito.web.db import make_engine, make_session_factory
    from mojito.web.deps import session_expiry
    from mojito.web.models import LoginSession, User

    settings = load_settings()
    engine = make_engine(settings.database_url)
    cookies = []
    with make_session_factory(engine).begin() as db:
        for i in range(args.clients):
            user = User(
                username=f"load{i}",
                email=f"load{i}@example.com",
                password_hash="-",
                email_verified=True,
                plan_name="free",
                overrides={},
            )
            db.add(user)
            db.flush()
            token = secrets.token_urlsafe(32)
            db.add(
                LoginSession(token_hash=tokens.digest(token), user_id=user.id, expires_at=session_expiry())
            )
            cookies.append(token)
    engine.dispose()
    hub_token = (tmp / "data" / "secrets" / "hub_service_token").read_text().strip()

    server = start_server(
        [
            str(mojito),
            "web",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        env,
        port,
    )
    try:
        hub_headers = {"Authorization": f"Bearer {hub_token}", "Content-Type": "application/json"}

        def admit_step(i: int, conn: Conn):
            body = json.dumps({"username": f"load{i}", "pool": "cpu"}).encode()

            async def step() -> tuple[bool, float]:
                t0 = time.perf_counter()
                status, data = await conn.request("POST", "/api/v1/internal/admit", hub_headers, body)
                lat = time.perf_counter() - t0
                answer = json.loads(data)
                if status != 200 or answer.get("decision") != "admit":
                    return False, lat
                rel = json.dumps({"session_id": answer["session_id"]}).encode()
                await conn.request("POST", "/api/v1/internal/release", hub_headers, rel)
                return True, lat

            return step

        def me_step(i: int, conn: Conn):
            headers = {"Cookie": f"mojito_session={cookies[i]}"}

            async def step() -> tuple[bool, float]:
                t0 = time.perf_counter()
                status, _ = await conn.request("GET", "/api/v1/me", headers)
                return status == 200, time.perf_counter() - t0

            return step

        asyncio.run(run_phase(port, args.clients, 1.0, 2000, admit_step))  # warm-up
        rows = []
        for name, step in (("admit (+release, untimed)", admit_step), ("GET /api/v1/me", me_step)):
            lat, wall, errors = asyncio.run(
                run_phase(port, args.clients, args.seconds, args.max_requests, step)
            )
            rows.append(
                (
                    name,
                    len(lat),
                    errors,
                    len(lat) / wall,
                    1000 * pct(lat, 50),
                    1000 * pct(lat, 99),
                    1000 * statistics.fmean(lat) if lat else float("nan"),
                )
            )
    finally:
        server.terminate()
        server.wait(20)
    (tmp / "refapp.py").write_text(REFERENCE_APP)
    ref_port = free_port()
    ref = start_server(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "refapp:app",
            "--app-dir",
            str(tmp),
            "--port",
            str(ref_port),
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        env,
        ref_port,
    )
    try:

        def ref_step(i: int, conn: Conn):
            body = json.dumps({"username": f"load{i}", "pool": "cpu"}).encode()

            async def step() -> tuple[bool, float]:
                t0 = time.perf_counter()
                status, _ = await conn.request(
                    "POST", "/api/v1/internal/admit", {"Content-Type": "application/json"}, body
                )
                return status == 200, time.perf_counter() - t0

            return step

        asyncio.run(run_phase(ref_port, args.clients, 1.0, 2000, ref_step))
        lat, wall, errors = asyncio.run(
            run_phase(ref_port, args.clients, args.seconds, args.max_requests, ref_step)
        )
        rows.append(
            (
                "reference: empty endpoint",
                len(lat),
                errors,
                len(lat) / wall,
                1000 * pct(lat, 50),
                1000 * pct(lat, 99),
                1000 * statistics.fmean(lat) if lat else float("nan"),
            )
        )
    finally:
        ref.terminate()
        ref.wait(20)

    print(
        f"Mojito website load: {args.clients} concurrent clients, {args.seconds:.0f} s per phase, "
        f"{args.workers} uvicorn worker(s), SQLite, {os.cpu_count()} CPUs shared by client, server and Redis; "
        f"load average {load_before:.1f} before the run"
    )
    print(f"{'phase':28} {'ok':>7} {'errors':>6} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'mean ms':>7}")
    for name, ok, err, rps, p50, p99, mean in rows:
        print(f"{name:28} {ok:7d} {err:6d} {rps:8.0f} {p50:7.2f} {p99:7.2f} {mean:7.2f}")
    if rows[0][0].startswith("admit"):
        print(
            "admission = one SQL lookup of the user + one Lua script in Redis; "
            "req/s counts admits only (each client also sends a release per admit)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
