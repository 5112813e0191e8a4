"""`mojito kernel ...`: install or remove the `mojo` Jupyter kernelspec.

    mojito kernel install [--user | --sys-prefix | --prefix DIR] [--name NAME]
    mojito kernel uninstall [--name NAME]

Without a location flag, `install` goes to this environment (sys.prefix) when run from a virtual
environment and to the user's Jupyter directory otherwise: never system-wide by surprise.
"""

from __future__ import annotations

import argparse
import sys

from .kernelspec import KERNEL_NAME, install, uninstall


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mojito kernel", description="Manage the Mojo Jupyter kernel.")
    commands = parser.add_subparsers(dest="command", required=True)
    inst = commands.add_parser("install", help="install the 'mojo' kernelspec")
    where = inst.add_mutually_exclusive_group()
    where.add_argument("--user", action="store_true", help="into the user's Jupyter data directory")
    where.add_argument("--sys-prefix", action="store_true", help=f"into this environment ({sys.prefix})")
    where.add_argument("--prefix", metavar="DIR", help="under DIR/share/jupyter/kernels")
    inst.add_argument("--name", default=KERNEL_NAME, help="kernelspec name (default: %(default)s)")
    uninst = commands.add_parser("uninstall", help="remove the 'mojo' kernelspec")
    uninst.add_argument("--name", default=KERNEL_NAME)
    return parser


def main(argv: list[str]) -> int:
    """argv starts with "kernel" (the dispatcher in mojito.compiler.cli passes it on)."""
    args = _parser().parse_args(argv[1:] if argv and argv[0] == "kernel" else argv)
    if args.command == "install":
        in_venv = sys.prefix != sys.base_prefix
        if args.user or not (args.sys_prefix or args.prefix or in_venv):
            path = install(user=True, name=args.name)
        else:
            path = install(prefix=args.prefix or sys.prefix, name=args.name)
        print(f"Installed kernelspec {args.name!r} in {path}")
        return 0
    try:
        path = uninstall(args.name)
    except KeyError as exc:  # jupyter_client raises NoSuchKernel, a KeyError, for an unknown name
        print(f"mojito kernel uninstall: no kernelspec {args.name!r}: {exc}", file=sys.stderr)
        return 1
    print(f"Removed kernelspec {args.name!r} from {path}")
    return 0
