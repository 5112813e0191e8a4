"""What the checker's parts share: constants, the Program codegen emits, scopes, function contexts,
and small helpers on the AST."""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from .. import limits
from ..diagnostics import Note, Span
from ..frontend import ast as A
from . import types as T
from .symbols import (
    FuncInfo,
    GlobalConst,
    LocalVar,
    StructInfo,
)

BUILTIN_FUNCS = ["print", "print_no_newline", "len", "range", "abs", "min", "max", "ord", "chr", "sort", "enumerate", "repr",
                 "reversed", "zip", "any", "all", "hash", "iter", "next",
                 "Error", "String", "Bool", "Int", "UInt", "Float64", "Float32", "Float16", "round",
                 "debug_assert", "pow"]
MATH_FUNCS = {"sqrt", "floor", "ceil", "trunc", "sin", "cos", "tan", "log", "exp", "log2", "log10", "atan",
              "tanh", "asin", "acos", "atan2", "pow", "fma", "hypot", "copysign", "isnan", "isinf", "cbrt",
              "exp2", "sinh", "cosh", "erf", "erfc"}
MATH_CONSTS = {"pi": Fraction(3141592653589793, 10**15), "e": Fraction(2718281828459045, 10**15),
               "tau": Fraction(6283185307179586, 10**15)}
# Names Mojo code commonly imports that we know are available without an import statement.
KNOWN_MODULES = {"std.math", "math", "std.builtin", "std.collections", "collections", "std.sys", "sys",
                 "std.memory", "memory", "std.python", "python", "std.algorithm", "algorithm",
                 "std.testing", "testing", "std.time", "time", "std.utils", "utils", "std.random", "random",
                 "std.utils.vector", "utils.vector"}
TYPE_QUERIES = ("__type_is_eq", "size_of", "align_of", "bit_width_of", "simd_width_of", "simd_byte_width", "simd_bit_width",
                "__type_name_of")
_ARITH_DUNDERS = {"+": "__add__", "-": "__sub__", "*": "__mul__", "/": "__truediv__", "//": "__floordiv__",
                  "%": "__mod__", "**": "__pow__", "&": "__and__", "|": "__or__", "^": "__xor__",
                  "<<": "__lshift__", ">>": "__rshift__", "@": "__matmul__"}
PRELUDE_MODULES = {"collections", "collections.string", "prelude", "io.file"}
PRELUDE_NAMES = {("memory", "alloc"), ("memory", "Span"), ("memory.alloc", "alloc"), ("hash", "hash_bytes"),
                 ("builtin.builtin_slice", "Slice")}  # single names of other modules that Mojo's prelude has
# Names of prelude modules that Mojo 1.2 does not put in its prelude (`from std.collections import Set`);
# the value is the module the error message suggests, or None where Mojo suggests nothing.
NOT_PRELUDE = {("collections", "Set"): "std.collections", ("collections", "Counter"): "std.collections",
               ("collections", "Deque"): "std.collections", ("collections", "CountTuple"): None,
               ("collections", "DictEntry"): None}
# Mojo 1.2's prelude traits (Stringable, Representable, EqualityComparable are gone in 1.2).
BUILTIN_TRAITS = ["AnyType", "Copyable", "ImplicitlyCopyable", "Movable", "Writable",
                  "Comparable", "Equatable", "Hashable", "Sized", "Boolable", "Intable",
                  "Defaultable", "Deinitable", "KeyElement", "Absable", "TrivialRegisterPassable", "RegisterPassable",
                  "Iterable", "Iterator", "Powable", "Roundable", "Floatable", "Indexer"]
_CMP_DUNDERS = {"==": "__eq__", "!=": "__ne__", "<": "__lt__", "<=": "__le__", ">": "__gt__", ">=": "__ge__"}
_UNARY_DUNDERS = {"-": "__neg__", "+": "__pos__", "~": "__invert__"}


@dataclass
class Program:
    """What codegen emits: function bodies (user and stdlib), structs, start-up globals."""

    functions: list[FuncInfo] = field(default_factory=list)
    structs: list[StructInfo] = field(default_factory=list)
    globals: list[GlobalConst] = field(default_factory=list)
    main: FuncInfo | None = None


class Scope:
    def __init__(self, parent: Scope | None = None):
        self.parent = parent
        self.names: dict[str, Any] = {}

    def lookup(self, name: str) -> Any:
        s: Scope | None = self
        while s is not None:
            if name in s.names:
                return s.names[name]
            s = s.parent
        return None

    def all_names(self) -> set[str]:
        out: set[str] = set()
        s: Scope | None = self
        while s is not None:
            out |= set(s.names)
            s = s.parent
        return out


class FuncContext:
    """Per-function state while checking a body."""

    def __init__(self, func: FuncInfo):
        self.func = func
        self.try_depth = 0  # > 0 inside a `try` body that has an `except`
        self.loop_depth = 0
        # Definite initialization: the locals that are certainly initialized at this point.
        self.inited: set[LocalVar] | None = set()
        self.break_states: list[list[set[LocalVar] | None]] = []
        # Per enclosing `try` with handlers: [the error type its body raises], set by the first raise.
        self.error_cells: list[list[T.Type | None]] = []
        # A captured variable of another function -> this function's parameter that carries it
        # (a closure's own captures, or those an instance was given with a closure; closures.py).
        self.capture_map: dict[Any, Any] = {}

    @property
    def can_raise(self) -> bool:
        return self.func.raises or self.try_depth > 0


def _terminates(body: list[A.Stmt]) -> bool:
    """Does control never fall off the end of this statement list?"""
    if not body:
        return False
    last = body[-1]
    if isinstance(last, (A.Return, A.Raise)):
        return True
    if isinstance(last, A.ExprStmt) and isinstance(last.expr, A.Call) and isinstance(last.expr.target, tuple) \
            and last.expr.target[0] == "func" and last.expr.target[1].never:
        return True  # a call of a `-> Never` function
    if isinstance(last, (A.Match, A.With)):
        return _terminates(last.desugared)
    if isinstance(last, A.If) and last.is_comptime and isinstance(getattr(last.cond, "const", None), bool):
        return _terminates(last.body if last.cond.const else last.orelse)  # only the branch taken exists
    if isinstance(last, A.If):
        return bool(last.orelse) and _terminates(last.body) and _terminates(last.orelse)
    if isinstance(last, A.While):
        return isinstance(last.cond, A.BoolLit) and last.cond.value and not _has_break(last.body)
    if isinstance(last, A.Try):
        if last.finalbody and _terminates(last.finalbody):
            return True
        body_ok = _terminates(last.body) or (last.orelse and _terminates(last.orelse))
        return bool(body_ok) and all(_terminates(h.body) for h in last.handlers)
    return False


def _has_break(body: list[A.Stmt]) -> bool:
    for s in body:
        if isinstance(s, A.Break):
            return True
        if isinstance(s, A.If) and (_has_break(s.body) or _has_break(s.orelse)):
            return True
        if isinstance(s, A.Try) and (_has_break(s.body) or any(_has_break(h.body) for h in s.handlers)
                                     or _has_break(s.orelse) or _has_break(s.finalbody)):
            return True
    return False




def _call_location(e: A.Call) -> A.Expr:
    """The call's position as Mojo's assertions print it: ABSOLUTE_FILE:LINE:COL of the '('."""
    import os

    sp = e.lparen or e.span
    file = sp.file if sp.file.startswith("<") else os.path.abspath(sp.file)
    text = f"{file}:{sp.line}:{sp.col}"
    lit = A.StrLit(sp, text)
    lit.ty, lit.const = T.STRING, text
    return lit


@functools.cache
def _all_std_names() -> frozenset[str]:
    from .std_names import MOJO_STD

    return frozenset().union(*MOJO_STD.values())


def _is_static_style_init(d: A.FuncDef) -> bool:
    """`fn __init__(x: Int) -> Self` (2023): no `self`, returns Self."""
    first = d.params[0] if d.params else None
    returns_self = isinstance(d.ret, A.Name) and d.ret.id == "Self"
    return returns_self and (first is None or first.name != "self")


def _free_names(d: A.FuncDef) -> list[str]:
    """Names a nested function reads that it does not declare itself (its capture candidates)."""
    declared = {p.name for p in d.params}
    found: list[str] = []

    def visit(node: object) -> None:
        if isinstance(node, A.VarDecl):
            declared.update(node.names)
        if isinstance(node, A.For):
            declared.update(node.targets)
        if isinstance(node, A.Name) and node.id not in declared and node.id not in found:
            found.append(node.id)
        if isinstance(node, A.FuncDef) and node is not d:
            # what a closure inside the closure uses, this one captures to pass it on
            found.extend(n for n in _free_names(node) if n not in found)
            return
        for value in vars(node).values() if isinstance(node, A.Node) else ():
            for child in (value if isinstance(value, list) else [value]):
                if isinstance(child, A.Node) or isinstance(child, A.Keyword):
                    visit(child)

    for st in d.body:
        visit(st)
    return [n for n in found if n not in declared]


def _has_out(f: FuncInfo) -> bool:
    start = 1 if f.owner is not None and not f.is_static else 0
    return any(p.convention == "out" for p in f.params[start:])


def _is_stub(m: A.FuncDef) -> bool:
    """A trait's required method: its body is `...` (or `pass`)."""
    return len(m.body) == 1 and (isinstance(m.body[0], A.Pass) or (
        isinstance(m.body[0], A.ExprStmt) and isinstance(m.body[0].expr, A.Name) and m.body[0].expr.id == "..."))


def _dot(attr_span: Span) -> Span:
    """Mojo reports a missing attribute at the '.' before its name."""
    return Span(attr_span.file, attr_span.line, max(1, attr_span.col - 1), attr_span.line, attr_span.end_col)


def _variant_args(ty: T.Type) -> tuple[T.Type, ...] | None:
    """The alternatives of a `Variant[...]` type, or None for any other type."""
    return getattr(ty.info, "variant_args", None) if isinstance(ty, T.StructType) else None


def _call_paren(e: A.Expr) -> Span:
    """Mojo reports a problem with a call's value at its '('."""
    return e.lparen if isinstance(e, A.Call) and e.lparen is not None else e.span


def _root_is_mutable(e: A.Expr) -> bool:
    """Can the place e be written (its variable is mutable, or it is reached through a pointer)?"""
    while isinstance(e, (A.Attribute, A.Subscript)):
        if isinstance(e, A.Subscript) and isinstance(e.value.ty, T.PointerType):
            return True
        e = e.value
    return not (isinstance(e, A.Name) and isinstance(e.sym, LocalVar) and not e.sym.mutable)


def _is_lvalue(e: A.Expr) -> bool:
    if isinstance(e, A.Name):
        return isinstance(e.sym, LocalVar)
    if isinstance(e, A.Attribute):
        return _is_lvalue(e.value) or isinstance(e.value.ty, T.StructType)
    if isinstance(e, A.Subscript):
        return isinstance(e.value.ty, (T.ListType, T.PointerType)) or (
            isinstance(e.value.ty, T.SimdType) and _is_lvalue(e.value)) or (
            # `ref a = pair[0]`: a tuple's element is a field of the tuple's place
            isinstance(e.value.ty, T.TupleType) and _is_lvalue(e.value)
            and e.indices and isinstance(e.indices[0].const, int) and e.indices[0].const >= 0)
    return False


def _trait_parts(e: A.Expr) -> list[A.Expr]:
    """The traits of a composition `A & B & C`."""
    if isinstance(e, A.BinOp) and e.op == "&":
        return _trait_parts(e.left) + _trait_parts(e.right)
    return [e]


def _clone(e: A.Expr) -> A.Expr:
    import copy

    return copy.deepcopy(e)


def _bits(v: Any) -> int:
    if isinstance(v, int):
        return v.bit_length()
    if isinstance(v, Fraction):
        return max(v.numerator.bit_length(), v.denominator.bit_length())
    return 0


def _to_float(v: Any) -> float:
    try:
        return float(v)
    except OverflowError:
        return math.inf if v > 0 else -math.inf


def _not_a_value(ty: Any) -> bool:
    return isinstance(ty, T.MetaType) or (isinstance(ty, T.SimpleType) and (
        ty.name in ("function", "module", "method") or ty.name.startswith("generic:")))


def _type_nodes(ty: Any, cap: int = limits.MAX_TYPE_NODES) -> int:
    """How many types a type is built of, counting shared parts each time they occur (as its
    printed name and LLVM type would), without building anything: stops counting past cap."""
    memo: dict[int, int] = {}

    def count(t: Any) -> int:
        if id(t) in memo:
            return memo[id(t)]
        n = 1
        for v in vars(t).values() if hasattr(t, "__dict__") else ():
            if isinstance(v, T.Type) and not isinstance(v, T.StructType):
                n += count(v)
            elif isinstance(v, tuple):
                n += sum(count(x) for x in v if isinstance(x, T.Type) and not isinstance(x, T.StructType))
            if n > cap:
                break
        memo[id(t)] = n = min(n, cap + 1)
        return n

    return count(ty)


def _ieee_fold(op: str, a: float, b: float) -> float | None:
    """A literal operation on inf or nan, with IEEE results instead of Python's exceptions."""
    try:
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return a / b if b != 0 else (math.nan if a == 0 or math.isnan(a) else math.copysign(math.inf, a))
        if op == "//":
            return math.floor(a / b) if b != 0 and math.isfinite(a / b) else (a / b if b != 0 else math.nan)
        if op == "%":
            return math.fmod(a, b) if b != 0 else math.nan
        if op == "**":  # Mojo's own pow (exp and log kernels), not libm's: see fp_fold.py
            from .fp_fold import power

            return power(a, b)
    except OverflowError:
        return math.inf
    except (ValueError, ZeroDivisionError):
        return math.nan
    return None


def _chain_notes(chain: tuple[tuple[str, Span], ...]) -> list[Note]:
    """Notes for a chain of instantiations, innermost first; a long chain is shortened in the middle."""
    notes = [Note(f"in instantiation of '{name}' requested here", span) for name, span in reversed(chain)]
    if len(notes) > 12:
        notes = notes[:6] + [Note(f"... {len(notes) - 12} more instantiations ...")] + notes[-6:]
    return notes


def _short(name: str) -> str:
    """A type or function name for a message, shortened in the middle when a runaway
    instantiation made it huge (`W[W[W[...]]]`)."""
    return name if len(name) <= 80 else name[:38] + "..." + name[-38:]


def _field_span(owner: StructInfo, fname: str) -> Span | None:
    for f in owner.decl.fields:
        for n, sp in zip(f.names, f.name_spans):
            if n == fname:
                return sp
    return None


def _py_compare(op: str, a: Any, b: Any) -> bool:
    return {"==": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]
