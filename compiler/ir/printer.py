"""The IR's textual form (`mojito build --emit=ir`), e.g.

    def main() -> NoneType:
      %a.0: Token (var, owned)
    bb0:  # entry
      %1 = call Token.__init__(const 'a': String)
      %a.0 = id(move %1)
      call peek(use %a.0)
      destroy %a.0
      return
"""

from __future__ import annotations

from ..check import types as T
from . import nodes as N


def _func_name(f: object) -> str:
    if isinstance(f, N.Operand):
        return f"*({f})"
    owner = getattr(f, "owner", None)
    name = getattr(f, "name", str(f))
    return f"{owner.name}.{name}" if owner is not None else name


def _args(ops: list[N.Operand]) -> str:
    return ", ".join(str(o) for o in ops)


def _show(v: object) -> str:
    if isinstance(v, list):
        return "[" + ", ".join(_show(x) for x in v) + "]"
    if isinstance(v, T.Type):
        return str(v)
    return str(getattr(v, "name", v))


def _attrs(attrs: dict) -> str:
    shown = {k: v for k, v in attrs.items() if v is not None and k not in ("loc",)}
    if not shown:
        return ""
    return " [" + ", ".join(f"{k}={_show(v)}" for k, v in shown.items()) + "]"


def format_instr(i: N.Instr) -> str:
    if isinstance(i, N.Assign):
        if i.dest.ty == T.NONE:
            return f"{i.op}({_args(i.args)}){_attrs(i.attrs)}"
        return f"{i.dest} = {i.op}({_args(i.args)}){_attrs(i.attrs)}"
    if isinstance(i, N.Call):
        call = f"call {_func_name(i.func)}({_args(i.args)})"
        return f"{i.dest} = {call}" if i.dest is not None else call
    if isinstance(i, N.Store):
        return f"{'init' if i.init else 'store'} {i.place} = {i.value}"
    if isinstance(i, N.Destroy):
        skip = f" (except fields {sorted(i.skip)})" if i.skip else ""
        return f"destroy {i.place}{skip}"
    if isinstance(i, N.Goto):
        return f"goto {i.target}"
    if isinstance(i, N.Branch):
        return f"branch {i.cond}, {i.then}, {i.orelse}"
    if isinstance(i, N.Return):
        return "return" + (f" {i.value}" if i.value is not None else "")
    if isinstance(i, N.Raise):
        return f"raise {i.value}"
    if isinstance(i, N.Invoke):
        call = f"invoke {_func_name(i.func)}({_args(i.args)}) ok {i.ok}, err {i.err} ({i.err_dest})"
        return f"{i.dest} = {call}" if i.dest is not None else call
    if isinstance(i, N.Unreachable):
        return "unreachable"
    return type(i).__name__


def format_function(fn: N.Function) -> str:
    return "\n".join(text for text, _ in _function_lines(fn))


def _function_lines(fn: N.Function) -> list[tuple[str, object]]:
    """The function's lines, each with the span it prints (None for headers and locals)."""
    params = ", ".join(f"{p}: {p.ty}" for p in fn.params)
    raises = " raises" if fn.raises else ""
    decl = getattr(fn.info, "decl", None)
    lines: list[tuple[str, object]] = [(f"def {fn.name}({params}){raises} -> {fn.ret}:", getattr(decl, "span", None))]
    for loc in fn.locals:
        if loc.ty == T.NONE:
            continue
        flags = [loc.kind, "owned" if loc.owned and not N.trivial(loc.ty) else "borrowed" if not N.trivial(loc.ty) else "trivial"]
        if getattr(loc, "deinit", False):
            flags.append("deinit")
        if loc.escapes:
            flags.append("escapes")
        lines.append((f"  {loc}: {loc.ty} ({', '.join(flags)})", None))
    for b in fn.blocks:
        lines.append((f"{b}:  # {b.label}", None))
        for i in b.instrs:
            lines.append(("  " + format_instr(i), i.span))
        if b.term is not None:
            lines.append(("  " + format_instr(b.term), b.term.span))
    return lines


def format_functions(fns: list[N.Function]) -> str:
    return "\n\n".join(format_function(f) for f in fns) + "\n"


def format_functions_with_lines(fns: list[N.Function], filename: str) -> tuple[str, list[int | None]]:
    """format_functions' text, and for each line the line of `filename` it came from (or None)."""
    text: list[str] = []
    src: list[int | None] = []
    for k, fn in enumerate(fns):
        if k:
            text.append("")
            src.append(None)
        for line, span in _function_lines(fn):
            text.append(line)
            src.append(span.line if span is not None and getattr(span, "file", None) == filename else None)
    return "\n".join(text) + "\n", src
