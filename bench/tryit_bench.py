"""Try-it and share-page latency, end to end over HTTP (loopback), as a table.

Starts the website (`mojito web serve`, as root: the try-it sandbox needs bubblewrap and cgroups)
on a free port with a throwaway data directory and Redis key prefix, then measures:
  1. POST /api/v1/run of a program already run once (binary cached)   -> p50, p90, max
  2. POST /api/v1/run of a new 50-line program (build + run)           -> p50, p90, max
  3. POST /api/v1/run with emit=asm of a new program                   -> p50
  4. GET /s/ID of a shared notebook (the HelloMojo example)            -> p50, p90
  5. GET /healthz, for reference (the floor of any request here)       -> p50

    sudo .venv/bin/python bench/tryit_bench.py [--runs 10]
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
PASSWORD = "bench-sorbet-42-harbor"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def program(seed: int) -> str:
    """A new 50-line program each time (the seed changes constants, so nothing is cached)."""
    lines = ["def step(x: Int) -> Int:", f"    return (x * {seed + 3} + 7) % 1000003", ""]
    for i in range(20):
        lines += [f"def f{i}(n: Int) -> Int:", f"    return step(n + {i})"]
    lines += ["", "def main():", "    var acc = 0", "    for i in range(1000):", "        acc = f7(acc + i)",
              "    print(acc)"]
    return "\n".join(lines) + "\n"


def stats(samples: list[float]) -> str:
    s = sorted(samples)
    p = lambda q: s[min(len(s) - 1, int(q * len(s)))] * 1000
    return f"{p(0.5):8.1f} {p(0.9):8.1f} {s[-1] * 1000:8.1f}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    data = Path(tempfile.mkdtemp(prefix="mojito-tryit-bench-"))
    atexit.register(shutil.rmtree, data, ignore_errors=True)
    port = free_port()
    env = {**os.environ, "MOJITO_DATA_DIR": str(data), "MOJITO_REDIS_PREFIX": f"bench-{uuid.uuid4().hex[:8]}:",
           "MOJITO_TEST_WEAK_ARGON2": "1"}
    cfg = (REPO / "web" / "defaults.toml").read_text().replace("run_per_client = [30, 60]", "run_per_client = [100000, 60]")
    (data / "web.toml").write_text(cfg)
    env["MOJITO_CONFIG_FILE"] = str(data / "web.toml")
    server = subprocess.Popen([str(Path(sys.executable).parent / "mojito"), "web", "serve", "--port", str(port),
                               "--log-level", "warning"], env=env, stdout=subprocess.DEVNULL, start_new_session=True)
    atexit.register(server.terminate)
    base = f"http://127.0.0.1:{port}"
    c = httpx.Client(base_url=base, timeout=120)
    for _ in range(200):
        try:
            if c.get("/healthz").status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)

    def timed(fn) -> float:
        t = time.perf_counter()
        fn()
        return time.perf_counter() - t

    def run(source: str, emit: str | None = None) -> None:
        r = c.post("/api/v1/run", json={"source": source, "emit": emit})
        assert r.status_code == 200 and r.json()["exit_code"] == 0, r.text[:500]

    hello = 'def main():\n    print("hello", 6 * 7)\n'
    warm = timed(lambda: run(hello))  # includes the one-time warm-up (standard library into the cache)
    cached = [timed(lambda: run(hello)) for _ in range(args.runs)]
    seed0 = int(time.time())
    new = [timed(lambda i=i: run(program(seed0 + i))) for i in range(args.runs)]
    asm = [timed(lambda i=i: run(program(seed0 + 10_000 + i), "asm")) for i in range(max(3, args.runs // 3))]

    admin_pw = (data / "secrets" / "admin_password").read_text().strip()
    assert c.post("/api/v1/login", json={"username": "admin", "password": admin_pw}).status_code == 200
    c.post("/api/v1/admin/users/admin", json={})  # nothing: the admin is confirmed already
    nb = json.loads((REPO / "examples" / "HelloMojo.ipynb").read_text())
    r = c.post("/api/v1/shares", json={"name": "HelloMojo.ipynb", "notebook": nb})
    assert r.status_code == 201, r.text
    url = r.json()["url"]
    anon = httpx.Client(base_url=base, timeout=30)
    anon.get(url)
    share = [timed(lambda: anon.get(url).raise_for_status()) for _ in range(max(20, args.runs))]
    health = [timed(lambda: anon.get("/healthz")) for _ in range(20)]

    print(f"try-it and share pages, {args.runs} runs each, loopback, {os.cpu_count()} CPUs "
          f"(load {os.getloadavg()[0]:.1f})")
    print(f"{'what':48} {'p50 ms':>8} {'p90 ms':>8} {'max ms':>8}")
    print(f"{'first run after start (warm-up of the stdlib)':48} {warm * 1000:8.1f}")
    print(f"{'run, cached program (hello)':48} {stats(cached)}")
    print(f"{'run, new 50-line program (build + run)':48} {stats(new)}")
    print(f"{'run, new program with emit=asm':48} {stats(asm)}")
    print(f"{'GET /s/ID (HelloMojo share page)':48} {stats(share)}")
    print(f"{'GET /healthz (reference)':48} {stats(health)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
