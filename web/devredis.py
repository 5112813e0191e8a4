"""For `make run`: use the local Redis, or start a private redis-server when none answers."""

from __future__ import annotations

import atexit
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import redis


def _answers(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


def ensure_redis(url: str, data_dir: Path) -> str:
    """`url` if a Redis answers there, else the URL of a private redis-server started for this process."""
    if _answers(url):
        return url
    exe = shutil.which("redis-server")
    if exe is None:
        raise SystemExit(
            f"No Redis answers at {url} and redis-server is not installed: "
            "install it (apt-get install redis-server) or set MOJITO_REDIS_URL."
        )
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data_dir.mkdir(parents=True, exist_ok=True)
    # Nothing on disk: Redis holds only what can be rebuilt (docs/web.md).
    proc = subprocess.Popen(
        [
            exe,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(data_dir),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    atexit.register(proc.terminate)
    private = f"redis://127.0.0.1:{port}/0"
    for _ in range(100):
        if _answers(private):
            print(f"No Redis at {url}; started a private redis-server on port {port}", file=sys.stderr)
            return private
        time.sleep(0.05)
    proc.terminate()
    raise SystemExit("the private redis-server did not start")
