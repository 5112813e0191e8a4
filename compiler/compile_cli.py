"""`mojito run FILE.mojo [ARGS...]`, `mojito build FILE.mojo -o OUT`, `mojito --version`."""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback

from . import __version__
from .diagnostics import CompileError, internal_error_message


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mojito", description="Mojito's Mojo compiler")
    p.add_argument("--version", action="version", version=f"mojito {__version__} (Mojo 1.2 dialect)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in (("run", "compile and run a Mojo program"),
                            ("build", "compile a Mojo program to an executable")):
        sp = sub.add_parser(name, help=help_text)
        sp.add_argument("file", help="the .mojo source file")
        sp.add_argument("--fp-mode", default="contract=fast",
                        help="floating-point mode: contract=fast (default, fuses multiply-add into FMA, "
                             "like Mojo) or contract=off (bit-for-bit with CPython)")
        sp.add_argument("-O", dest="opt", type=int, default=3, choices=[0, 1, 2, 3], help="optimization level")
        if name == "build":
            sp.add_argument("-o", dest="output", help="output executable (default: the file name without .mojo)")
            sp.add_argument("--emit", choices=("exe", "ir", "llvm", "asm", "obj"), default="exe",
                            help="what to produce: an executable (default), Mojito's IR with its copies, moves "
                                 "and destroys, optimized LLVM IR, assembly, or an object file; text goes to "
                                 "standard output unless -o is given")
            sp.add_argument("--line-map", metavar="FILE",
                            help="with --emit ir|llvm|asm: also write FILE, a JSON list giving for each "
                                 "line of the text the source line it came from (null: none)")
        else:
            sp.add_argument("args", nargs=argparse.REMAINDER, help="arguments for the program")
    return p


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help(sys.stderr)
        return 2
    from . import driver
    from .codegen.backend import LinkError
    from .python_embed import NoLibPython

    fp = args.fp_mode.replace(" ", "")
    if fp not in ("contract=fast", "contract=on", "contract=off"):
        print(f"mojito: unknown --fp-mode '{args.fp_mode}' (use contract=fast or contract=off)", file=sys.stderr)
        return 2
    options = driver.Options(fp_contract=fp != "contract=off", opt_level=args.opt)
    try:
        with open(args.file, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        print(f"mojito: cannot read '{args.file}': {exc.strerror}", file=sys.stderr)
        return 1
    except UnicodeDecodeError:
        print(f"mojito: '{args.file}' is not UTF-8 text", file=sys.stderr)
        return 1
    try:
        if args.command == "build" and args.emit != "exe":
            return _emit(driver, text, args, options)
        compiled = driver.compile_source(text, args.file, options)
        if args.command == "build":
            out = args.output or os.path.splitext(os.path.basename(args.file))[0]
            driver.build_executable(compiled, out)
    except CompileError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except (LinkError, NoLibPython) as exc:  # the program is fine; the machine lacks a piece
        print(f"mojito: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl-C while compiling: no Python traceback
        print("mojito: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - an internal error must never look like a user error
        if os.environ.get("MOJITO_TRACEBACK"):
            traceback.print_exc()
        print(internal_error_message(exc), file=sys.stderr)
        return 1
    if compiled.warnings:
        print(compiled.warnings, file=sys.stderr)
    if args.command == "build":
        return 0
    sys.stdout.flush()
    return driver.run_compiled(compiled, [args.file, *args.args])


def _emit(driver: object, text: str, args: argparse.Namespace, options: object) -> int:
    if args.line_map:
        if args.emit not in ("ir", "llvm", "asm"):
            print("mojito: --line-map needs --emit ir, llvm or asm", file=sys.stderr)
            return 2
        out, lines = driver.emit_with_lines(text, args.file, args.emit, options)  # type: ignore[attr-defined]
        with open(args.line_map, "w") as fh:
            json.dump(lines, fh, separators=(",", ":"))
    else:
        out = driver.emit(text, args.file, args.emit, options)  # type: ignore[attr-defined]
    if args.output:
        with open(args.output, "wb" if isinstance(out, bytes) else "w") as fh:
            fh.write(out)
    elif isinstance(out, bytes):
        sys.stdout.buffer.write(out)
    else:
        sys.stdout.write(out)
    return 0
