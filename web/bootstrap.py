"""First start: migrate the database, seed plans from the config file, create the first admin."""

from __future__ import annotations

import fcntl
import secrets
import sys

from sqlalchemy import select

from . import keys
from .db import run_migrations
from .models import Plan, User
from .passwords import hash_password
from .state import Context

ADMIN_NAME = "admin"


def bootstrap(ctx: Context) -> None:
    s = ctx.settings
    s.data_dir.mkdir(parents=True, exist_ok=True)
    # Several workers may start together: one migrates and seeds, the others wait for it.
    with open(s.data_dir / ".bootstrap.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        run_migrations(ctx.engine)
        with ctx.sessions.begin() as db:
            for name, values in s.plans.items():
                if db.get(Plan, name) is None:
                    db.add(Plan(name=name, **values))
        with ctx.sessions.begin() as db:
            if db.scalar(select(User.id).where(User.is_admin.is_(True)).limit(1)) is None:
                password = secrets.token_urlsafe(15)
                plan = s.default_plan if db.get(Plan, s.default_plan) else next(iter(s.plans))
                db.add(
                    User(
                        username=ADMIN_NAME,
                        email="admin@localhost",
                        password_hash=hash_password(password),
                        is_admin=True,
                        email_verified=True,
                        plan_name=plan,
                        overrides={},
                    )
                )
                path = keys.store(s.secrets_dir, "admin_password", password)
                if s.announce_admin:
                    # The only place the password is ever shown; the file keeps it (0600).
                    print(
                        f"\n  Mojito admin account created: username '{ADMIN_NAME}', password '{password}'"
                        f"\n  (stored in {path}, mode 0600; shown only this once)\n",
                        file=sys.stderr,
                        flush=True,
                    )
