"""Pools the backend cannot serve are refused when the hub starts, with a message that says what
to change, instead of a stock 503 at every Launch; the website never offers a pool without capacity."""

from __future__ import annotations

import re
import subprocess

import httpx
import pytest
from hubharness import REPO, VENV_BIN, HubUnderTest
from mojito.hub.config import unservable_pools
from test_with_web import PASSWORD, Website

pytestmark = pytest.mark.timeout(180)


def test_only_gpu_pools_with_capacity_are_unservable_on_the_local_backend():
    pools = [{"name": "cpu", "kind": "cpu", "capacity": 8, "gpus_per_session": 0},
             {"name": "gpu", "kind": "gpu", "capacity": 0, "gpus_per_session": 1}]
    assert unservable_pools(pools, "local") == []
    pools[1]["capacity"] = 2
    (problem,) = unservable_pools(pools, "local")
    assert "'gpu'" in problem and "capacity to 0" in problem and "MOJITO_HUB_BACKEND" in problem
    assert unservable_pools(pools, "kubernetes") == [] and unservable_pools(pools, "docker") == []


def test_the_hub_refuses_to_start_with_a_gpu_pool_on_the_local_backend(tmp_path):
    (tmp_path / "web").mkdir()
    site = Website(tmp_path / "web")
    config = tmp_path / "web" / "web.toml"
    config.write_text(re.sub(r"(\[pools\.gpu\][^\[]*?capacity = )\d+", r"\g<1>2", config.read_text(),
                             flags=re.DOTALL))
    try:
        site.start("http://127.0.0.1")
        # The website offers the pool (it knows nothing of backends) ...
        c = httpx.Client(base_url=site.url)
        r = c.get("/api/v1/internal/pools", headers={"Authorization": f"Bearer {site.service_token}"})
        assert {p["name"]: p["capacity"] for p in r.json()["pools"]}["gpu"] == 2
        assert c.get("/api/v1/internal/pools").status_code == 401
        # ... and the hub with the local backend refuses to start, saying why and what to do.
        (tmp_path / "hub").mkdir()
        hub = HubUnderTest(tmp_path / "hub", {"MOJITO_WEB_URL": site.url,
                                              "MOJITO_HUB_SERVICE_TOKEN": site.service_token})
        proc = subprocess.run([str(VENV_BIN / "jupyterhub"), "-f", str(REPO / "hub" / "jupyterhub_config.py")],
                              cwd=tmp_path / "hub", env=hub.env, capture_output=True, text=True, timeout=60,
                              check=False)
        out = proc.stdout + proc.stderr
        assert proc.returncode != 0, out[-2000:]
        assert "refusing to start" in out and "GPU pool 'gpu'" in out and "CPUs only" in out, out[-2000:]
    finally:
        site.close()


def test_a_pool_without_capacity_is_never_offered(tmp_path):
    site = Website(tmp_path)
    try:
        site.start("http://127.0.0.1")
        c = httpx.Client(base_url=site.url)
        email = "gil@example.com"
        assert c.post("/api/v1/signup", json={"email": email, "username": "gil", "password": PASSWORD}).status_code == 201
        c.post("/api/v1/verify", json={"token": site.confirm_token(email)})
        assert c.post("/api/v1/login", json={"username": "gil", "password": PASSWORD}).status_code == 200
        html = c.get("/dashboard").text
        assert "Launch CPU" in html and "Launch GPU" not in html and "0 of 0 in use" not in html
        r = c.post("/api/v1/launch", json={"pool": "gpu"})
        assert r.status_code == 403
    finally:
        site.close()
