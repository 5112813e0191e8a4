"""`mojito hub stack|serve|setup` (called by compiler/cli.py's dispatcher)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="mojito hub")
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("stack", help="Redis + website + JupyterHub + sandboxes behind one origin (make run)")
    sub.add_parser("serve", help="JupyterHub alone, configured from MOJITO_... variables")
    sub.add_parser("setup", help="install bubblewrap and the Node proxy where missing")
    args = parser.parse_args(argv[1:])
    if args.cmd == "stack":
        from .stack import main as stack_main

        return stack_main()
    if args.cmd == "setup":
        from .host_setup import main as setup_main

        return setup_main()
    config = Path(__file__).with_name("jupyterhub_config.py")
    jupyterhub = Path(sys.executable).parent / "jupyterhub"
    os.execv(str(jupyterhub), [str(jupyterhub), "-f", str(config)])
    return 0  # not reached
