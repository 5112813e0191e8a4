"""Try it without an account: `GET /try`, `POST /api/v1/run`, permalinks `/try/ID`.

Programs run in one-shot sandboxes (services/tryit.py). Every run is rate-limited per client in
Redis; the runner's worker pool and queue answer 429 when full, so the site stays responsive.
"""

from __future__ import annotations

import hashlib
import logging
import os
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import func, select

from ..config import RateLimit
from ..deps import Csrf, Ctx, Db, client_ip
from ..models import Program
from ..render import page
from ..services import tryit
from ..services.ratelimit import RateLimited
from ..state import Context
from .pages import PageUser

router = APIRouter(tags=["try it"])

SOURCE_LIMIT = 64 * 1024
# What all anonymous permalinks together may hold. The per-address rate limit alone let anyone with
# many addresses (an IPv6 /64 is plenty) grow the database without end: 30 programs of 64 KiB an
# hour per address. Once full, new links are refused (existing ones keep working) and the log says so.
PROGRAMS_MAX_TOTAL_BYTES = int(os.environ.get("MOJITO_PROGRAMS_MAX_TOTAL_BYTES", str(256 * 1024 * 1024)))
log = logging.getLogger(__name__)
DEFAULT_LIMITS = {"run_per_client": RateLimit(30, 60), "programs_per_client": RateLimit(30, 3600)}

EXAMPLE = '''def fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    for i in range(10):
        print("fib(", i, ") =", fib(i))
'''


class RunIn(BaseModel):
    source: str = Field(max_length=SOURCE_LIMIT, description="a Mojo program with a `main` function")
    emit: Literal["ir", "llvm", "asm"] | None = Field(
        default=None, description="also return the compiler's IR, the optimized LLVM IR or the assembly"
    )


class DiagnosticOut(BaseModel):
    line: int
    col: int
    message: str
    severity: str = "error"


class RunOut(BaseModel):
    stdout: str
    stderr: str
    exit_code: int
    diagnostics: list[DiagnosticOut]
    emitted: str | None
    emitted_lines: list[int | None] | None = Field(
        default=None, description="for each line of `emitted`, the program's line it came from (null: none)")
    cached: bool = Field(description="the executable came from the cache (the program ran before)")
    stopped: str | None = Field(description="time, cpu, memory or output when a limit stopped the program")
    timings: dict[str, float]


class ProgramIn(BaseModel):
    source: str = Field(max_length=SOURCE_LIMIT)


class ProgramOut(BaseModel):
    id: str
    url: str


def limit(ctx: Context, name: str, ident: str) -> None:
    rule = ctx.settings.rate_limits.get(name) or DEFAULT_LIMITS[name]
    key = hashlib.sha256(ident.encode()).hexdigest()[:32]
    count, ttl = ctx.live.hit(name, key, rule.window)
    if count > rule.count:
        raise RateLimited(ttl)


def runner(request: Request) -> tryit.TryRunner:
    app = request.app
    if getattr(app.state, "tryit", None) is None:
        app.state.tryit = tryit.TryRunner(app.state.ctx.settings)
    return app.state.tryit


Runner = Annotated[tryit.TryRunner, Depends(runner)]


async def execute(ctx: Context, request: Request, run: tryit.TryRunner, source: str, emit: str | None) -> dict[str, Any]:
    limit(ctx, "run_per_client", client_ip(request))
    try:
        outcome = await run.run(source, emit, client=client_ip(request))
    except tryit.ClientBusy:
        raise HTTPException(429, f"You already have {run.per_client} runs in progress; wait for them to finish.",
                            headers={"Retry-After": "2"}) from None
    except tryit.Busy:
        raise HTTPException(429, "Every runner is busy; try again in a few seconds.",
                            headers={"Retry-After": "2"}) from None
    except tryit.Unavailable as exc:
        raise HTTPException(503, f"Try-it is not available on this server: {exc}") from None
    ctx.live.count("tryit_runs_total")
    return outcome.as_dict()


@router.post(
    "/api/v1/run",
    response_model=RunOut,
    responses={429: {"description": "rate limited, or every runner busy (Retry-After)"},
               503: {"description": "this server cannot sandbox programs"}},
)
async def run_program(body: RunIn, request: Request, ctx: Ctx, run: Runner) -> dict[str, Any]:
    """Compile and run a Mojo program in a one-shot sandbox (no account needed).

    Limits: a few seconds of CPU, 256 MiB, 16 processes, no network, 256 KiB of output per stream.
    `diagnostics` are the compiler's errors and warnings with their line and column.
    """
    return await execute(ctx, request, run, body.source, body.emit)


def program_id(source: str) -> str:
    return hashlib.sha256(source.encode()).hexdigest()[:12]


def save_program(ctx: Context, db: Any, request: Request, source: str) -> str:
    limit(ctx, "programs_per_client", client_ip(request))
    pid = program_id(source)
    if db.get(Program, pid) is None:
        size = len(source.encode())
        held = db.scalar(select(func.coalesce(func.sum(Program.size), 0)))
        if held + size > PROGRAMS_MAX_TOTAL_BYTES:
            log.warning("try-it permalink storage is full (%d of %d bytes); new links are refused",
                        held, PROGRAMS_MAX_TOTAL_BYTES)
            raise HTTPException(507, "This server cannot store more program links right now; your program "
                                     "still runs, so copy it from the editor to keep it.")
        db.add(Program(id=pid, source=source, size=size))
        db.flush()
    return pid


@router.post("/api/v1/programs", status_code=201, response_model=ProgramOut,
             responses={429: {"description": "rate limited"},
                        507: {"description": "the server's storage for program links is full"}})
async def create_program(body: ProgramIn, request: Request, ctx: Ctx, db: Db) -> dict[str, str]:
    """Store a program for a permalink (`/try/ID`); the same source always gets the same ID."""
    pid = save_program(ctx, db, request, body.source)
    return {"id": pid, "url": f"/try/{pid}"}


@router.get("/try", response_class=HTMLResponse, responses={200: {"content": {"text/html": {}}}})
async def try_page(request: Request, ctx: Ctx, user: PageUser) -> Response:
    """The try-it page (HTML): edit and run a Mojo program without an account, see the generated code."""
    return page(request, ctx, "try.html", source=EXAMPLE, emit="", result=None, permalink=None)


@router.get("/try/{pid}", response_class=HTMLResponse,
            responses={200: {"content": {"text/html": {}}}, 404: {"description": "no such program"}})
async def try_permalink(pid: str, request: Request, ctx: Ctx, db: Db, user: PageUser) -> Response:
    """The try-it page (HTML) with a saved program (`POST /api/v1/programs`)."""
    program = db.get(Program, pid[:16])
    if program is None:
        raise HTTPException(404, "No such program.")
    return page(request, ctx, "try.html", source=program.source, emit="", result=None, permalink=f"/try/{pid}")


@router.post("/try", include_in_schema=False, dependencies=[Csrf])
async def try_form(
    request: Request,
    ctx: Ctx,
    db: Db,
    user: PageUser,
    run: Runner,
    source: Annotated[str, Form(max_length=SOURCE_LIMIT)] = "",
    emit: Annotated[str, Form(max_length=8)] = "",
    action: Annotated[str, Form(max_length=8)] = "run",
) -> Response:
    """The page without JavaScript: the form runs (or saves) and the answer is rendered."""
    if action == "save":
        pid = save_program(ctx, db, request, source)
        return page(request, ctx, "try.html", source=source, emit=emit, result=None, permalink=f"/try/{pid}")
    result = await execute(ctx, request, run, source, emit if emit in tryit.EMITS else None)
    return page(request, ctx, "try.html", source=source, emit=emit, result=result, permalink=None)
