"""Launch benchmark: Launch click to JupyterLab ready, and kernel start to first cell result.

Runs the real stack on loopback (Redis, web/, JupyterHub + the local sandbox backend) in a
throwaway data directory and prints a table. Needs root (the sandbox) like `make run`.

    .venv/bin/python bench/launch_bench.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import sys
import tempfile
import time
from email import message_from_bytes, policy
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "hub"))
PASSWORD = "plum-sorbet-42-harbor"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def confirm_token(data: Path, email: str) -> str:
    for path in sorted((data / "outbox").glob("*.eml"), reverse=True):
        msg = message_from_bytes(path.read_bytes(), policy=policy.default)
        if msg["To"] == email:
            return re.search(r"/verify\?token=([A-Za-z0-9_\-]+)", msg.get_body(("plain",)).get_content()).group(1)
    raise RuntimeError("no confirmation mail")


def launch_to_ready(browser: httpx.Client, user: str) -> float:
    """What the browser does: POST launch, follow to the hub, wait until JupyterLab answers."""
    start = time.perf_counter()
    url = browser.post("/api/v1/launch", json={"pool": "cpu"}).json()["url"]
    browser.get(url, follow_redirects=True)
    while True:
        r = browser.get(f"/user/{user}/lab", follow_redirects=True)
        if r.status_code == 200 and "JupyterLab" in r.text and f"/user/{user}/lab" in str(r.url):
            return time.perf_counter() - start
        time.sleep(0.05)


def kernel_first_result(hub, user: str, kernel: str, code: str) -> float:
    from hubharness import run_cell

    start = time.perf_counter()
    r = hub.user_api(user, "POST", "/kernels", json={"name": kernel})
    kernel_id = r.json()["id"]
    while True:
        result = run_cell(hub, user, kernel_id, code, timeout=60)
        if result["status"] == "ok":
            return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if os.geteuid() != 0:
        print("the local sandbox needs root (as `make run` does)", file=sys.stderr)
        return 2
    from hubharness import HubUnderTest
    from test_with_web import Website

    root = Path(tempfile.mkdtemp(prefix="mojito-bench-"))
    site = Website(root)
    site.start("http://127.0.0.1")
    hub = HubUnderTest(root, {"MOJITO_WEB_URL": site.url, "MOJITO_HUB_SERVICE_TOKEN": site.service_token})
    rows: list[tuple[str, list[float]]] = []
    try:
        hub.start()
        browser = httpx.Client(base_url=hub.url, timeout=60)
        email = "bench@example.com"
        browser.post("/api/v1/signup", json={"email": email, "username": "bench", "password": PASSWORD})
        browser.post("/api/v1/verify", json={"token": confirm_token(site.data, email)})
        browser.post("/api/v1/login", json={"username": "bench", "password": PASSWORD})
        launches, py_kernels, mojo_kernels = [], [], []
        specs = None
        for _ in range(args.runs):
            launches.append(launch_to_ready(browser, "bench"))
            specs = specs or hub.user_api("bench", "GET", "/kernelspecs").json()["kernelspecs"]
            py_kernels.append(kernel_first_result(hub, "bench", "python3", "print(6 * 7)"))
            if "mojo" in specs:
                mojo_kernels.append(kernel_first_result(hub, "bench", "mojo", "print(6 * 7)"))
            hub.stop_server("bench")
        rows.append(("Launch click -> JupyterLab ready (local sandbox)", launches))
        rows.append(("python3 kernel start -> first cell result", py_kernels))
        if mojo_kernels:
            rows.append(("mojo kernel start -> first Mojo cell result", mojo_kernels))
    finally:
        hub.close()
        site.close()
    print(f"\nMojito launch benchmark ({args.runs} runs, {os.cpu_count()} CPUs, no warm pool)\n")
    print(f"{'measure':52} {'median s':>9} {'min s':>7} {'max s':>7}")
    for name, values in rows:
        print(f"{name:52} {statistics.median(values):9.2f} {min(values):7.2f} {max(values):7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
