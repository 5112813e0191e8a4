"""The AST. Every node carries its source span.

The checker annotates expression nodes in place (`ty`, plus a few resolution fields documented
on the node); codegen reads only those annotations, so the checked AST is the IR between the
two stages (see docs/compiler.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..diagnostics import Span


@dataclass(eq=False)
class Node:
    span: Span


# ---------------------------------------------------------------- expressions


@dataclass(eq=False)
class Expr(Node):
    # Set by the checker: the expression's type (check.types.Type), and its compile-time value
    # (int, fractions.Fraction, str or bool) when it has one.
    ty: Any = field(default=None, init=False, repr=False)
    const: Any = field(default=None, init=False, repr=False)


@dataclass(eq=False)
class Name(Expr):
    id: str
    # Set by the checker: what the name refers to (check.scope.Symbol).
    sym: Any = field(default=None, init=False, repr=False)


@dataclass(eq=False)
class IntLit(Expr):
    value: int


@dataclass(eq=False)
class FloatLit(Expr):
    text: str  # exact text; literal arithmetic is folded exactly


@dataclass(eq=False)
class StrLit(Expr):
    value: str


@dataclass(eq=False)
class BoolLit(Expr):
    value: bool


@dataclass(eq=False)
class NoneLit(Expr):
    pass


@dataclass(eq=False)
class BinOp(Expr):
    op: str
    left: Expr
    right: Expr
    op_span: Span | None = None
    # Set by the checker when the operator calls a method (struct dunder): check.scope.FuncRef.
    call: Any = field(default=None, init=False, repr=False)


@dataclass(eq=False)
class UnaryOp(Expr):
    op: str  # "-", "+", "~", "not"
    operand: Expr
    call: Any = field(default=None, init=False, repr=False)


@dataclass(eq=False)
class BoolOp(Expr):
    op: str  # "and" | "or"
    left: Expr
    right: Expr


@dataclass(eq=False)
class Compare(Expr):
    left: Expr
    ops: list[str]
    comparators: list[Expr]
    op_spans: list[Span] = field(default_factory=list)
    calls: list[Any] = field(default_factory=list, init=False, repr=False)


@dataclass(eq=False)
class IfExp(Expr):
    cond: Expr
    then: Expr
    orelse: Expr


@dataclass(eq=False)
class Keyword(Node):
    name: str
    value: Expr


@dataclass(eq=False)
class Call(Expr):
    func: Expr
    args: list[Expr]
    keywords: list[Keyword]
    lparen: Span
    # Set by the checker: the resolved callee (check.scope.FuncRef or a builtin marker) and the
    # arguments in parameter order after defaults and keywords are applied.
    target: Any = field(default=None, init=False, repr=False)
    bound_args: Any = field(default=None, init=False, repr=False)


@dataclass(eq=False)
class Attribute(Expr):
    value: Expr
    attr: str
    attr_span: Span


@dataclass(eq=False)
class Subscript(Expr):
    value: Expr
    indices: list[Expr]
    keywords: list[Keyword] = field(default_factory=list)
    call: Any = field(default=None, init=False, repr=False)


@dataclass(eq=False)
class TupleExpr(Expr):
    elts: list[Expr]


@dataclass(eq=False)
class ListExpr(Expr):
    elts: list[Expr]


@dataclass(eq=False)
class DictExpr(Expr):
    """`{k: v, ...}` (a Dict) or, when `values` is None, `{a, b}` (a Set)."""

    keys: list[Expr]
    values: list[Expr] | None


@dataclass(eq=False)
class Comprehension(Node):
    """One `for TARGETS in ITER if COND...` clause of a list comprehension."""

    targets: list[str]
    target_spans: list[Span]
    iter: Expr
    conds: list[Expr]
    syms: list[Any] = field(default_factory=list, init=False, repr=False)


@dataclass(eq=False)
class ListComp(Expr):
    elt: Expr
    generators: list[Comprehension]


@dataclass(eq=False)
class SetDictComp(Expr):
    """`{k for ...}` (a Set) or `{k: v for ...}` (a Dict). The checker sets `acc` (the hidden local
    being filled), `init` (its empty value) and `insert` (the `add`/`__setitem__` call per element)."""

    key: Expr
    value: Expr | None
    generators: list[Comprehension]
    acc: Any = field(default=None, init=False, repr=False)
    init: Any = field(default=None, init=False, repr=False)
    insert: Any = field(default=None, init=False, repr=False)


@dataclass(eq=False)
class Transfer(Expr):
    """`value^`: ends the lifetime of `value`, moving it."""

    value: Expr


@dataclass(eq=False)
class NamedExpr(Expr):
    """`target := value` (the walrus): assigns value to the variable target, and is its value."""

    target: Name
    value: Expr


@dataclass(eq=False)
class FuncTypeExpr(Expr):
    """`def(Int, Int) thin -> Int` in a type position."""

    params: list[Expr]
    ret: Expr | None
    raises: bool
    # The written effects besides `raises` (`thin`, `capturing`, `escaping`). Without `thin` or
    # `capturing`, `def(Int) -> Int` is Mojo 1.2's closure bound: `[F: def(Int) -> Int](f: F)`.
    effects: tuple[str, ...] = ()


@dataclass(eq=False)
class Convert(Expr):
    """Inserted by the checker: an implicit conversion of `value` to `ty`."""

    value: Expr


# ---------------------------------------------------------------- statements


@dataclass(eq=False)
class Stmt(Node):
    pass


@dataclass(eq=False)
class Param(Node):
    name: str
    type: Expr | None
    default: Expr | None = None
    convention: str = "read"  # read | mut | var | out | ref | deinit
    kw_only: bool = False
    variadic: bool = False
    infer_only: bool = False  # a compile-time parameter before `//`: inferred, never passed


@dataclass(eq=False)
class FuncDef(Stmt):
    name: str
    name_span: Span
    params: list[Param]
    ret: Expr | None
    raises: bool
    body: list[Stmt]
    decorators: list[Expr] = field(default_factory=list)
    type_params: list[Param] = field(default_factory=list)
    docstring: str | None = None
    is_fn: bool = False  # written with the 2023 `fn` keyword
    # A nested function's capture list: None when absent; else (default convention or None,
    # {name: convention}) from `{imm, mut x, var y}`.
    captures: Any = None
    raises_type: Expr | None = None  # `raises MyError` (typed errors), `raises Never`
    returns_ref: bool = False  # `-> ref[origin] T`: the result is a reference (the origin is not tracked)


@dataclass(eq=False)
class StructDef(Stmt):
    name: str
    name_span: Span
    traits: list[Expr]
    fields: list[VarDecl]
    methods: list[FuncDef]
    decorators: list[Expr] = field(default_factory=list)
    type_params: list[Param] = field(default_factory=list)
    comptimes: list[Comptime] = field(default_factory=list)
    docstring: str | None = None


@dataclass(eq=False)
class TraitDef(Stmt):
    name: str
    name_span: Span
    parents: list[Expr]
    methods: list[FuncDef]


@dataclass(eq=False)
class VarDecl(Stmt):
    """`var x`, `var x: T`, `var x = v`, `var a, b = pair`, `var (a, b) = pair`."""

    names: list[str]
    name_spans: list[Span]
    type: Expr | None
    value: Expr | None
    is_ref: bool = False  # `ref x = place`: x names the place itself (writes go through)
    syms: list[Any] = field(default_factory=list, init=False, repr=False)


@dataclass(eq=False)
class Comptime(Stmt):
    name: str
    name_span: Span
    type: Expr | None
    value: Expr
    type_params: list[Param] = field(default_factory=list)


@dataclass(eq=False)
class ComptimeAssert(Stmt):
    cond: Expr
    message: Expr | None


@dataclass(eq=False)
class Assign(Stmt):
    target: Expr  # Name, Attribute, Subscript, TupleExpr, or Name("_") to discard
    value: Expr


@dataclass(eq=False)
class AugAssign(Stmt):
    target: Expr
    op: str  # "+", "-", ...
    value: Expr
    op_span: Span | None = None
    call: Any = field(default=None, init=False, repr=False)  # in-place dunder, e.g. __iadd__


@dataclass(eq=False)
class ExprStmt(Stmt):
    expr: Expr


@dataclass(eq=False)
class If(Stmt):
    cond: Expr
    body: list[Stmt]
    orelse: list[Stmt]
    is_comptime: bool = False


@dataclass(eq=False)
class While(Stmt):
    cond: Expr
    body: list[Stmt]
    orelse: list[Stmt] = field(default_factory=list)


@dataclass(eq=False)
class For(Stmt):
    targets: list[str]  # one name, or several for tuple unpacking (`for i, v in enumerate(xs)`)
    target_spans: list[Span]
    iter: Expr
    body: list[Stmt]
    orelse: list[Stmt] = field(default_factory=list)
    is_comptime: bool = False
    binding: str = ""  # "ref" (`for ref x in xs`: x is the element itself), "var" (an owned copy), "" (read)
    syms: list[Any] = field(default_factory=list, init=False, repr=False)
    # Set by the checker for `comptime for`: one checked copy of the body per iteration.
    unrolled: list[list[Stmt]] = field(default_factory=list, init=False, repr=False)


@dataclass(eq=False)
class WithItem(Node):
    manager: Expr
    name: str | None


@dataclass(eq=False)
class With(Stmt):
    items: list[WithItem]
    body: list[Stmt]
    # Set by the checker: the equivalent statements (try/finally around __enter__/__exit__).
    desugared: list[Stmt] = field(default_factory=list, init=False, repr=False)


@dataclass(eq=False)
class Pattern(Node):
    """A `case` pattern: a literal, `_`, or an Optional's `.Some(name)` / `.None`."""

    kind: str  # "value" | "wildcard" | "some" | "none"
    value: Expr | None = None
    name: str | None = None


@dataclass(eq=False)
class Case(Node):
    patterns: list[Pattern]
    body: list[Stmt]


@dataclass(eq=False)
class Match(Stmt):
    subject: Expr
    cases: list[Case]
    desugared: list[Stmt] = field(default_factory=list, init=False, repr=False)


@dataclass(eq=False)
class Break(Stmt):
    pass


@dataclass(eq=False)
class Continue(Stmt):
    pass


@dataclass(eq=False)
class Pass(Stmt):
    pass


@dataclass(eq=False)
class Return(Stmt):
    value: Expr | None


@dataclass(eq=False)
class Raise(Stmt):
    exc: Expr | None


@dataclass(eq=False)
class Handler(Node):
    name: str | None
    type: Expr | None
    body: list[Stmt]
    sym: Any = field(default=None, init=False, repr=False)


@dataclass(eq=False)
class Try(Stmt):
    body: list[Stmt]
    handlers: list[Handler]
    orelse: list[Stmt]
    finalbody: list[Stmt]
    caught_type: Any = field(default=None, init=False, repr=False)  # what the body raises (checker)


@dataclass(eq=False)
class Import(Stmt):
    """`import std.math`, `import std.math as m`, `from std.math import sqrt, pi as PI`."""

    module: str
    names: list[tuple[str, str]]  # (name, alias); empty for `import module`
    alias: str | None = None
    is_from: bool = False
    name_spans: list[Any] = field(default_factory=list)  # where each imported name is written


@dataclass(eq=False)
class Module(Node):
    body: list[Stmt]
