"""Sharing: read-only snapshots of notebooks at permanent links `/s/ID`.

A share is the notebook JSON the owner sent (from JupyterLab's Share command or the dashboard's
upload form), never a path: nobody can share a file that is not theirs to send. It is rendered
like the gallery (Markdown without raw HTML, code highlighted, outputs as text or PNG only), can
be downloaded as `.ipynb`, and is revoked by its owner or taken down by an admin (audited).
"""

from __future__ import annotations

import json
import os
import re
import secrets
from collections import OrderedDict
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool
from pydantic import BaseModel, Field
from sqlalchemy import func, select

from ..config import RateLimit
from ..deps import ApiUser, Csrf, Ctx, Db
from ..models import Share, User, utcnow
from ..render import page, redirect
from ..services import audit, bridge, gallery, sessions
from ..services.ratelimit import RateLimited
from ..state import Context
from .pages import PageUser

router = APIRouter(tags=["shares"])

MAX_BYTES = int(os.environ.get("MOJITO_SHARE_MAX_BYTES", str(5 * 1024 * 1024)))
# What one account keeps shared at once. Without it, 30 shares an hour of MAX_BYTES each (share and
# revoke, again and again: revoked shares kept their content) grew the database by 3.6 GB a day
# per account. A share its owner revokes gives its room back.
MAX_TOTAL_BYTES = int(os.environ.get("MOJITO_SHARE_MAX_TOTAL_BYTES", str(50 * 1024 * 1024)))
SHARES_PER_USER = RateLimit(30, 3600)
ID_RE = re.compile(r"^[A-Za-z0-9_-]{12,16}$")


class ShareIn(BaseModel):
    name: str = Field(max_length=255, description="the notebook's file name, e.g. `Mandelbrot.ipynb`")
    notebook: dict[str, Any] = Field(description="the notebook, nbformat 4 JSON")


class ShareOut(BaseModel):
    id: str
    url: str


def clean_name(name: str) -> str:
    """The file name alone (no folders), ending in .ipynb, in characters safe anywhere."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    base = re.sub(r"[^\w .()+-]", "_", base)[:120].strip(" .") or "notebook"
    return base if base.endswith(".ipynb") else base + ".ipynb"


def _limit(ctx: Context, user: str) -> None:
    rule = ctx.settings.rate_limits.get("shares_per_user") or SHARES_PER_USER
    count, ttl = ctx.live.hit("shares_per_user", user, rule.window)
    if count > rule.count:
        raise RateLimited(ttl)


def create(ctx: Context, db: Any, user: User, name: str, notebook: Any, raw_size: int | None = None) -> Share:
    if not user.email_verified:
        raise HTTPException(403, "Confirm your email address before sharing.")
    text = json.dumps(notebook, ensure_ascii=False, separators=(",", ":"))
    size = len(text.encode())
    if max(size, raw_size or 0) > MAX_BYTES:
        raise HTTPException(413, f"This notebook is too large to share (the limit is {MAX_BYTES // (1024 * 1024)} MiB; "
                                 "clear large outputs and try again).")
    try:
        gallery.from_json(notebook, clean_name(name))
    except (ValueError, TypeError, AttributeError) as exc:
        raise HTTPException(422, f"This is not a notebook: {exc}") from None
    held = db.scalar(select(func.coalesce(func.sum(Share.size), 0))
                     .where(Share.user_id == user.id, Share.notebook != ""))
    if held + size > MAX_TOTAL_BYTES:
        raise HTTPException(413, f"Your shared notebooks take {held / (1 << 20):.1f} MiB of the "
                                 f"{MAX_TOTAL_BYTES >> 20} MiB you may keep shared; stop sharing some first.")
    _limit(ctx, user.username)
    share = Share(id=secrets.token_urlsafe(9), user_id=user.id, name=clean_name(name), notebook=text, size=size,
                  revoked_by="")
    db.add(share)
    db.flush()
    ctx.live.count("shares_total")
    return share


def _find(db: Any, share_id: str) -> Share | None:
    return db.get(Share, share_id) if ID_RE.match(share_id) else None


def revoke(db: Any, share: Share, actor: User) -> None:
    if share.revoked_at is None:
        share.revoked_at = utcnow()
        share.revoked_by = actor.username
        if actor.id == share.user_id:
            share.notebook = ""  # the link answers 410 from now on; the room is the owner's again
        else:  # a take-down keeps the content for the admins (and it still counts)
            audit.record(db, actor.username, "take_down_share", share.user.username, share=share.id, name=share.name)


def listing(db: Any, user: User) -> list[dict[str, Any]]:
    rows = db.scalars(select(Share).where(Share.user_id == user.id, Share.revoked_at.is_(None))
                      .order_by(Share.created_at.desc())).all()
    return [{"id": s.id, "name": s.name, "url": f"/s/{s.id}", "size": s.size,
             "created_at": s.created_at.isoformat(timespec="seconds") + "Z"} for s in rows]


# ---- JSON API ---------------------------------------------------------------------------------
@router.post("/api/v1/shares", status_code=201, response_model=ShareOut,
             responses={403: {"description": "email not confirmed"}, 413: {"description": "too large"},
                        422: {"description": "not a notebook"}, 429: {"description": "rate limited"}})
async def create_share(body: ShareIn, request: Request, user: ApiUser, ctx: Ctx, db: Db) -> dict[str, str]:
    """Publish a read-only snapshot of a notebook at a permanent link (`/s/ID`)."""
    raw = int(request.headers.get("content-length") or 0)
    share = create(ctx, db, user, body.name, body.notebook, raw)
    return {"id": share.id, "url": f"/s/{share.id}"}


@router.get("/api/v1/shares")
async def list_shares(user: ApiUser, db: Db) -> dict[str, Any]:
    """The caller's live shares, newest first."""
    return {"shares": listing(db, user)}


@router.delete("/api/v1/shares/{share_id}", responses={404: {"description": "no such share of yours"}})
async def delete_share(share_id: str, user: ApiUser, db: Db) -> dict[str, str]:
    """Revoke a share (its owner), or take it down (an admin). The link answers 410 from then on."""
    share = _find(db, share_id)
    if share is None or (share.user_id != user.id and not user.is_admin):
        raise HTTPException(404, "no such share")
    revoke(db, share, user)
    return {"status": "revoked"}


# ---- pages --------------------------------------------------------------------------------------
def _live_share(db: Any, share_id: str) -> Share:
    share = _find(db, share_id)
    if share is None:
        raise HTTPException(404, "No such shared notebook.")
    if share.revoked_at is not None:
        raise HTTPException(410, "This shared notebook was removed by its owner or an administrator.")
    return share


# Rendered shares, most recently viewed last (a share's content never changes; revocation is
# checked before this is consulted). Rendering stays off the event loop: anyone may ask for
# /s/ID as often as they like, and a big notebook costs seconds of CPU to render.
_RENDERED: OrderedDict[str, tuple[gallery.Notebook, int]] = OrderedDict()
RENDER_CACHE_BYTES = 64 << 20


async def _rendered(share: Share) -> gallery.Notebook:
    hit = _RENDERED.get(share.id)
    if hit is not None:
        _RENDERED.move_to_end(share.id)
        return hit[0]
    text, name = share.notebook, share.name
    nb = await run_in_threadpool(lambda: gallery.from_json(json.loads(text), name))
    _RENDERED[share.id] = (nb, 3 * (share.size or len(text)))  # source + HTML + escaping, roughly
    while sum(size for _nb, size in _RENDERED.values()) > RENDER_CACHE_BYTES and len(_RENDERED) > 1:
        _RENDERED.popitem(last=False)
    return nb


@router.get("/s/{share_id}.ipynb", include_in_schema=False)
async def download_share(share_id: str, db: Db) -> Response:
    share = _live_share(db, share_id)
    return Response(share.notebook, media_type="application/x-ipynb+json", headers={
        "Content-Disposition": f'attachment; filename="{share.name}"', "Cache-Control": "no-store"})


@router.get("/s/{share_id}", response_class=HTMLResponse,
            responses={200: {"content": {"text/html": {}}}, 404: {"description": "no such share"},
                       410: {"description": "revoked by its owner or taken down"}})
async def show_share(share_id: str, request: Request, ctx: Ctx, db: Db, user: PageUser) -> Response:
    """A shared notebook, rendered read-only for anyone (HTML)."""
    share = _live_share(db, share_id)
    nb = await _rendered(share)
    return page(request, ctx, "share.html", nb=nb, share=share, owner=share.user.username,
                is_owner=user is not None and user.id == share.user_id,
                is_admin=user is not None and user.is_admin)


@router.get("/s/{share_id}/open", include_in_schema=False)
async def open_copy(share_id: str, request: Request, ctx: Ctx, db: Db, user: PageUser) -> Response:
    """Into the user's JupyterLab, where Mojito's extension saves a copy under `shared/` and opens it."""
    share = _live_share(db, share_id)
    if user is None:
        return redirect(f"/login?next=/s/{share.id}/open")
    if not ctx.live.user_sessions(user.username):
        refused = sessions.precheck(ctx, db, user, "cpu")
        if refused:
            raise HTTPException(403, refused[1])
    return redirect(bridge.hub_login_url(ctx, user, f"/hub/user-redirect/lab?mojito-import={share.id}"))


@router.post("/s/{share_id}/revoke", include_in_schema=False, dependencies=[Csrf])
async def revoke_share_form(share_id: str, request: Request, db: Db, user: PageUser) -> Response:
    if user is None:
        return redirect("/login?next=/s/" + share_id[:16])
    share = _find(db, share_id)
    if share is None or (share.user_id != user.id and not user.is_admin):
        raise HTTPException(404, "No such shared notebook.")
    revoke(db, share, user)
    return redirect("/dashboard")


@router.post("/shares", include_in_schema=False, dependencies=[Csrf])
async def share_upload(
    request: Request, ctx: Ctx, db: Db, user: PageUser,
    notebook: Annotated[UploadFile, File()], name: Annotated[str, Form(max_length=255)] = "",
) -> Response:
    """The dashboard's form: share a notebook file from this computer."""
    if user is None:
        return redirect("/login?next=/dashboard")
    data = await notebook.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413, f"This notebook is too large to share (the limit is {MAX_BYTES // (1024 * 1024)} MiB).")
    try:
        parsed = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise HTTPException(422, "This file is not a notebook (.ipynb).") from None
    share = create(ctx, db, user, name or notebook.filename or "notebook.ipynb", parsed, len(data))
    return redirect(f"/s/{share.id}")
