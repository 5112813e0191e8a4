"""The `mojito` command line.

`mojito run|build|--version` belong to the compiler. Other parts own their subcommands
(`mojito kernel ...` in kernel/, `mojito admin ...` in web/); they are imported only when asked
for, so the notebook image needs no web dependencies and vice versa.
"""

from __future__ import annotations

import importlib
import sys

# subcommand -> module providing `main(argv: list[str]) -> int`; argv starts with the subcommand
# itself (`["admin", "create", "ada"]`), so one module can own several subcommands.
_PART_COMMANDS = {
    "kernel": ("mojito.kernel.cli", "the notebook part (pip install 'mojito[notebook]')"),
    "admin": ("mojito.web.cli", "the web part (pip install 'mojito[web]')"),
    "web": ("mojito.web.cli", "the web part (pip install 'mojito[web]')"),
    "hub": ("mojito.hub.cli", "the hub part (pip install 'mojito[hub]')"),
}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in _PART_COMMANDS:
        module_name, what = _PART_COMMANDS[args[0]]
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            print(f"mojito {args[0]}: needs {what}: {exc}", file=sys.stderr)
            return 2
        return int(module.main(args) or 0)
    from mojito.compiler import compile_cli

    return compile_cli.main(args)


if __name__ == "__main__":
    sys.exit(main())
