"""Inline MLIR (`__mlir_type.i1`, `__mlir_attr.true`, `` __mlir_op.`index.cmp`[...](a, b) ``), the
subset user code writes, turned into ordinary Mojo right after parsing.

Mojo gives programs MLIR's types, attributes and operations directly. Mojito has no MLIR, so it
accepts what user programs (the 2023 notebook that builds a Bool from `i1`, small programs
written against Mojo 1.2) use, and says clearly what it does not:

    __mlir_type.i1 / index / iN / uiN / siN / f16 / f32 / f64 / bf16   Bool, Int, IntN, UIntN, FloatN
    __mlir_attr.true / false, `N : index`, `N : i64`, `N`               literals
    `#index<cmp_predicate eq>` (also `<eq>>`)                           the predicate of index.cmp
    index.bool.constant, index.constant, index.casts/castu, index.cmp,
    index.add/sub/mul/divs/divu/rems/remu/and/or/xor/shl/shrs/shru/maxs/mins/maxu/minu

`Bool(v)`/`Int(v)` of such values and their 1.2 keyword forms (`Int(mlir_value=v)`) are
conversions of the types above; `n.__mlir_index__()` is the Int n. A struct with `__mlir_i1__` and no `__bool__` (what Mojo tests in
an `if`) gets a `__bool__` that calls it. Types are Mojito's own, so an MLIR value prints and
converts like the Mojo type it stands for.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ..diagnostics import Diagnostic
from . import ast as A

_TYPES = {"i1": "Bool", "index": "Int", "f16": "Float16", "f32": "Float32", "f64": "Float64", "bf16": "BFloat16"}
_INT_TYPE = re.compile(r"(s|u)?i(8|16|32|64|128)$")
_INT_ATTR = re.compile(r"^\s*(-?\d+)\s*(?::\s*(\w+))?\s*$")
_PREDICATE = re.compile(r"^#index<cmp_predicate\s*<?\s*(\w+)\s*>?>$")
_COMPARE = {"eq": "==", "ne": "!=", "slt": "<", "sle": "<=", "sgt": ">", "sge": ">=",
            "ult": "<", "ule": "<=", "ugt": ">", "uge": ">="}
_BINARY = {"add": "+", "sub": "-", "mul": "*", "divs": "/", "divu": "/", "and": "&", "or": "|", "xor": "^",
           "shl": "<<", "shrs": ">>", "shru": ">>"}
_MIN_MAX = {"maxs": "max", "mins": "min", "maxu": "max", "minu": "min"}
SUPPORTED_OPS = sorted(["index.bool.constant", "index.constant", "index.casts", "index.castu", "index.cmp",
                        "index.rems", "index.remu"] + [f"index.{n}" for n in (*_BINARY, *_MIN_MAX)])


def uses_mlir(text: str) -> bool:
    return "__mlir_" in text


def desugar(module: A.Module) -> list[Diagnostic]:
    """Rewrite the module's inline MLIR in place; errors for what is not supported."""
    d = _Desugar()
    d.node(module)
    for s in module.body:
        if isinstance(s, A.StructDef):
            _bool_from_mlir_i1(s)
    return d.diags


class _Desugar:
    def __init__(self) -> None:
        self.diags: list[Diagnostic] = []

    def error(self, msg: str, span: Any) -> None:
        self.diags.append(Diagnostic("error", msg, span))

    def node(self, n: A.Node) -> A.Node:
        for f in dataclasses.fields(n):
            if not f.init:
                continue
            v = getattr(n, f.name)
            if isinstance(v, A.Node):
                setattr(n, f.name, self.node(v))
            elif isinstance(v, list):
                setattr(n, f.name, [self.node(x) if isinstance(x, A.Node) else
                                    [self.node(y) if isinstance(y, A.Node) else y for y in x]
                                    if isinstance(x, list) else x for x in v])
        return self.expr(n) if isinstance(n, A.Expr) else n

    def expr(self, e: A.Expr) -> A.Expr:
        if isinstance(e, A.Attribute) and isinstance(e.value, A.Name):
            if e.value.id == "__mlir_type":
                return self.type(e)
            if e.value.id == "__mlir_attr":
                return self.attr(e)
        if isinstance(e, A.Call):
            op = _op_name(e.func)
            if op is not None:
                return self.op(e, op)
            if isinstance(e.func, A.Attribute) and e.func.attr == "__mlir_index__" and not e.args:
                return e.func.value  # an Int's `index` value: the Int itself here
            if isinstance(e.func, A.Name) and not e.args and len(e.keywords) == 1 and \
                    e.keywords[0].name == "mlir_value":  # Int(mlir_value=v): Mojo 1.2's spelling
                e.args, e.keywords = [e.keywords[0].value], []
        return e

    def type(self, e: A.Attribute) -> A.Expr:
        name = _TYPES.get(e.attr)
        m = _INT_TYPE.match(e.attr)
        if m:
            name = f"{'UInt' if m.group(1) == 'u' else 'Int'}{m.group(2)}"
        if name is None:
            self.error(f"the MLIR type '{e.attr}' is not supported by Mojito (it supports i1, index, iN, uiN, "
                       "f16, f32, f64 and bf16)", e.attr_span)
            name = "Int"
        return A.Name(e.span, name)

    def attr(self, e: A.Attribute) -> A.Expr:
        if e.attr in ("true", "false"):
            return A.BoolLit(e.span, e.attr == "true")
        m = _INT_ATTR.match(e.attr)
        if m:
            lit = A.IntLit(e.span, int(m.group(1)))
            ty = m.group(2)
            if ty is None or ty == "index":
                return lit
            return A.Call(e.span, self.type(A.Attribute(e.span, A.Name(e.span, "__mlir_type"), ty, e.attr_span)),
                          [lit], [], e.span)
        m = _PREDICATE.match(e.attr)
        if m and m.group(1) in _COMPARE:
            return _Predicate(e.span, m.group(1))
        self.error(f"the MLIR attribute '{e.attr}' is not supported by Mojito (it supports true, false, "
                   "integers such as `7 : index`, and `#index<cmp_predicate eq>`)", e.attr_span)
        return A.BoolLit(e.span, False)

    def op(self, e: A.Call, op: str) -> A.Expr:
        params = {k.name: k.value for k in e.func.keywords} if isinstance(e.func, A.Subscript) else {}
        args, span = e.args, e.span
        kind = op[len("index."):] if op.startswith("index.") else None

        def want(n_args: int, *names: str) -> bool:
            if len(args) == n_args and all(n in params for n in names):
                return True
            need = f"{n_args} argument{'s' if n_args != 1 else ''}" + \
                (f" and the parameter{'s' if len(names) > 1 else ''} {', '.join(names)}" if names else "")
            self.error(f"'{op}' takes {need}", e.lparen)
            return False

        if kind in ("bool.constant", "constant"):
            return params["value"] if want(0, "value") else A.BoolLit(span, False)
        if kind in ("casts", "castu"):
            if not want(1, "_type"):
                return args[0] if args else A.IntLit(span, 0)
            target = params["_type"]
            if kind == "casts" and isinstance(target, A.Name) and target.id == "Int":  # sign-extends an i1
                target = A.Name(target.span, "_mlir_index_cast")
            return A.Call(span, target, [args[0]], [], e.lparen)
        if kind == "cmp":
            if not want(2, "pred"):
                return A.BoolLit(span, False)
            pred = params["pred"]
            if not isinstance(pred, _Predicate):
                self.error("'index.cmp' needs pred=__mlir_attr.`#index<cmp_predicate eq>` (eq, ne, slt, sle, "
                           "sgt, sge, ult, ule, ugt, uge)", pred.span)
                return A.BoolLit(span, False)
            a, b = args
            if pred.name.startswith("u"):  # unsigned: compare as UInt
                a, b = (A.Call(x.span, A.Name(x.span, "UInt"), [x], [], x.span) for x in (a, b))
            return A.Compare(span, a, [_COMPARE[pred.name]], [b], [span])
        if kind in _BINARY and want(2):
            return A.BinOp(span, _BINARY[kind], args[0], args[1], span)
        if kind in ("rems", "remu") and want(2):  # truncated remainder: a - (a / b) * b
            a, b = args
            return A.BinOp(span, "-", a, A.BinOp(span, "*", A.BinOp(span, "/", a, b, span), b, span), span)
        if kind in _MIN_MAX and want(2):
            return A.Call(span, A.Name(span, _MIN_MAX[kind]), list(args), [], e.lparen)
        if kind not in (*_BINARY, "rems", "remu", *_MIN_MAX):
            self.error(f"the MLIR operation '{op}' is not supported by Mojito (it supports "
                       f"{', '.join(SUPPORTED_OPS)})", e.func.span)
        return A.IntLit(span, 0)


@dataclasses.dataclass(eq=False)
class _Predicate(A.Expr):
    """`#index<cmp_predicate eq>`: only meaningful as index.cmp's `pred` (never reaches the checker)."""

    name: str


def _op_name(func: A.Expr) -> str | None:
    """`__mlir_op.X` or `__mlir_op.X[params]`: the operation's name X."""
    if isinstance(func, A.Subscript):
        func = func.value
    if isinstance(func, A.Attribute) and isinstance(func.value, A.Name) and func.value.id == "__mlir_op":
        return func.attr
    return None


def _bool_from_mlir_i1(s: A.StructDef) -> None:
    names = {m.name for m in s.methods}
    if "__mlir_i1__" not in names or "__bool__" in names:
        return
    from .parser import parse  # (a cycle at import time)

    at = next(m for m in s.methods if m.name == "__mlir_i1__")
    snippet, _ = parse("struct S:\n    def __bool__(self) -> Bool:\n        return self.__mlir_i1__()\n",
                       at.name_span.file)
    method = snippet.body[0].methods[0]
    _respan(method, at.span)
    s.methods.append(method)


def _respan(n: A.Node, span: Any) -> None:
    """Give a synthesized node (and its children) the span of the code it stands for."""
    for f in dataclasses.fields(n):
        v = getattr(n, f.name)
        if isinstance(v, A.Node):
            _respan(v, span)
        elif isinstance(v, list):
            for x in v:
                if isinstance(x, A.Node):
                    _respan(x, span)
        elif f.name.endswith("span") or f.name == "lparen":
            setattr(n, f.name, span)
    n.span = span
