"""`mojito web serve|migrate` and `mojito admin create NAME` (called by compiler/cli.py's dispatcher)."""

from __future__ import annotations

import argparse
import getpass
import secrets
import sys

from sqlalchemy import select


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import create_app
    from .config import load_settings

    settings = load_settings()
    if args.start_redis:
        import os

        from .devredis import ensure_redis

        settings.redis_url = ensure_redis(settings.redis_url, settings.data_dir)
        os.environ["MOJITO_REDIS_URL"] = settings.redis_url  # for worker processes
    print(f"Mojito website on http://{args.host}:{args.port}/  (data: {settings.data_dir})", file=sys.stderr)
    if args.workers > 1:
        uvicorn.run(
            "mojito.web.app:create_app",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            proxy_headers=True,
            log_level=args.log_level,
        )
    else:
        uvicorn.run(
            create_app(settings), host=args.host, port=args.port, proxy_headers=True, log_level=args.log_level
        )
    return 0


def _migrate(args: argparse.Namespace) -> int:
    from .bootstrap import bootstrap
    from .config import load_settings
    from .state import build_context

    bootstrap(build_context(load_settings()))
    print("database is up to date")
    return 0


def _admin_create(args: argparse.Namespace) -> int:
    from .bootstrap import bootstrap
    from .config import load_settings
    from .models import Plan
    from .services.accounts import AccountError, create_admin
    from .state import build_context

    settings = load_settings()
    ctx = build_context(settings)
    bootstrap(ctx)
    generated = args.password is None and not sys.stdin.isatty()
    password = args.password or (secrets.token_urlsafe(15) if generated else getpass.getpass("Password: "))
    try:
        with ctx.sessions.begin() as db:
            plan = args.plan or settings.default_plan
            if db.get(Plan, plan) is None:
                plan = db.scalars(select(Plan.name)).first()
            create_admin(db, args.name, args.email or f"{args.name}@mojito.invalid", password, plan)
    except AccountError as exc:
        print(f"mojito admin create: {exc}", file=sys.stderr)
        return 1
    print(f"admin '{args.name}' created" + (f" with password: {password}" if generated else ""))
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="mojito")
    sub = parser.add_subparsers(dest="part", required=True)
    web = sub.add_parser("web", help="the website").add_subparsers(dest="cmd", required=True)
    serve = web.add_parser("serve", help="run the website (uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--log-level", default="info")
    serve.add_argument(
        "--start-redis",
        action="store_true",
        help="if no Redis answers at MOJITO_REDIS_URL, start a private redis-server (make run)",
    )
    serve.set_defaults(func=_serve)
    web.add_parser(
        "migrate", help="create or upgrade the database, seed plans, create the first admin"
    ).set_defaults(func=_migrate)
    admin = sub.add_parser("admin", help="administer accounts").add_subparsers(dest="cmd", required=True)
    create = admin.add_parser("create", help="create an admin account")
    create.add_argument("name")
    create.add_argument("--email", help="default: NAME@mojito.invalid (a reserved domain: no mail is sent)")
    create.add_argument(
        "--password", help="default: asked, or generated and printed when stdin is not a terminal"
    )
    create.add_argument("--plan")
    create.set_defaults(func=_admin_create)
    args = parser.parse_args(argv)
    return int(args.func(args))
