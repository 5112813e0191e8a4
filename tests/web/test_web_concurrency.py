"""Admission under real concurrency: a uvicorn server on loopback, 100 admits in flight at once."""

from __future__ import annotations

import asyncio
import time
from collections import Counter

import httpx
import pytest
from mojito.web.app import create_app

from .test_web_admission import QUEUE_CONFIG
from .webhelpers import uvicorn_in_thread


@pytest.fixture
def served(make_site):
    """(base URL, site) of a site served by uvicorn in a thread; the plan allows one session."""
    site = make_site(QUEUE_CONFIG.replace("capacity = 2", "capacity = 8"))
    app = create_app(site.ctx.settings, clock=site.clock)
    with uvicorn_in_thread(app) as port:
        yield f"http://127.0.0.1:{port}", site


async def _admits(base: str, headers: dict[str, str], bodies: list[dict[str, str]]) -> list[dict]:
    limits = httpx.Limits(max_connections=len(bodies))
    async with httpx.AsyncClient(base_url=base, headers=headers, limits=limits, timeout=30) as client:
        start = asyncio.Event()

        async def one(body: dict[str, str]) -> dict:
            await start.wait()
            r = await client.post("/api/v1/internal/admit", json=body)
            assert r.status_code == 200, r.text
            return r.json()

        tasks = [asyncio.create_task(one(b)) for b in bodies]
        await asyncio.sleep(0.05)
        start.set()  # all 100 requests leave together
        return await asyncio.gather(*tasks)


def test_hundred_simultaneous_admits_for_a_one_session_plan_admit_exactly_one(served):
    base, site = served
    site.signup("racer")
    answers = asyncio.run(_admits(base, site.hub_headers, [{"username": "racer", "pool": "cpu"}] * 100))
    decisions = Counter(a["decision"] for a in answers)
    assert decisions == {"admit": 1, "deny": 99}
    assert {a["code"] for a in answers if a["decision"] == "deny"} == {"max_sessions"}
    in_use, _ = site.ctx.live.pool_load("cpu")
    assert in_use == 1


def test_hundred_users_racing_for_eight_slots(served):
    base, site = served
    names = [f"p{i:03d}" for i in range(100)]
    from mojito.web.models import Plan, User

    with (
        site.ctx.sessions.begin() as db
    ):  # 100 confirmed accounts, straight into SQL (signup is tested elsewhere)
        assert db.get(Plan, "free") is not None
        db.add_all(
            User(
                username=n,
                email=f"{n}@example.com",
                password_hash="x",
                email_verified=True,
                plan_name="free",
                overrides={},
            )
            for n in names
        )
    answers = asyncio.run(_admits(base, site.hub_headers, [{"username": n, "pool": "cpu"} for n in names]))
    decisions = Counter(a["decision"] for a in answers)
    assert decisions == {"admit": 8, "queue": 92}
    assert sorted(a["position"] for a in answers if a["decision"] == "queue") == list(range(1, 93))


def test_hundred_simultaneous_logged_in_requests_all_answer(served):
    """More requests in flight than threads and pooled connections: none may deadlock or time out."""
    base, site = served
    cookie = site.signup("busy").cookies.get("mojito_session")

    async def run() -> list[int]:
        async with httpx.AsyncClient(
            base_url=base,
            cookies={"mojito_session": cookie},
            timeout=20,
            limits=httpx.Limits(max_connections=100),
        ) as client:
            paths = ["/api/v1/me", "/dashboard"] * 50
            return [r.status_code for r in await asyncio.gather(*(client.get(p) for p in paths))]

    started = time.time()
    assert asyncio.run(run()) == [200] * 100
    assert time.time() - started < 15
