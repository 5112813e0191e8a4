"""Name resolution and type checking.

Input: parsed modules (the standard library's, then the user's). Output: the same ASTs, annotated
(`Expr.ty`, `Expr.const`, `Name.sym`, `Call.target`, ...) and with implicit conversions made
explicit as `Convert` nodes, plus a `Program` listing what codegen must emit.

Errors are collected, never raised: after an error the offending expression gets the UNKNOWN type,
which every later check accepts silently, so one mistake produces one message (no cascades).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..diagnostics import CompileInterrupted, Diagnostic, Note, Span
from ..frontend import ast as A
from . import algorithm, pointers
from . import types as T
from .symbols import (
    Builtin,
    FuncInfo,
    GlobalConst,
    ModuleSym,
    TypeSym,
)
from .support import (
    BUILTIN_FUNCS,
    BUILTIN_TRAITS,
    MATH_CONSTS,
    MATH_FUNCS,
    Program,
    Scope,
    TYPE_QUERIES,
)
from .declarations import DeclarationChecker
from .generics import GenericsChecker
from .statements import StatementChecker
from .expressions import ExpressionChecker
from .conversions import ConversionChecker
from .calls import CallChecker
from .named_expr import NamedExprChecker


class Checker(DeclarationChecker, GenericsChecker, StatementChecker, ExpressionChecker, ConversionChecker, CallChecker,
              NamedExprChecker):

    def __init__(self, session: bool = False) -> None:
        self.session = session  # notebook mode: redefinitions replace, top-level vars persist
        self.diags: list[Diagnostic] = []
        self.session_moves: list[Any] = []  # session variables the cell being checked moves (`r^`)
        self.program = Program()
        self.globals = Scope()
        self._llnames: set[str] = set()
        self._pending_bodies: list[FuncInfo] = []
        self.is_stdlib = False
        for name, ty in {**T.INT_TYPES, **T.FLOAT_TYPES}.items():
            self.globals.names[name] = TypeSym(name, ty)
        for name, ty in (("Bool", T.BOOL), ("String", T.STRING), ("Error", T.ERROR),
                         ("StringLiteral", T.STRING), ("NoneType", T.NONE), ("__Ptr", T.PTR),
                         ("Writer", T.WRITER), ("Codepoint", T.CODEPOINT),
                         # String views are Strings here (their bytes are shared anyway).
                         ("StringSlice", T.STRING), ("StringSpan", T.STRING), ("StaticString", T.STRING)):
            self.globals.names[name] = TypeSym(name, ty)
        self.globals.names["DType"] = TypeSym("DType", T.DTYPE)
        self.globals.names["SIMDLength"] = TypeSym("SIMDLength", T.INT)
        for name in ("List", "Optional", "Tuple", "Some", "SIMD", "Scalar") + pointers.POINTER_NAMES:
            self.globals.names[name] = TypeSym(name, None)
        for name in BUILTIN_TRAITS:
            self.globals.names[name] = TypeSym(name, T.SimpleType(name), is_trait=True)
        self.traits: dict[str, A.TraitDef] = {}
        for name in BUILTIN_FUNCS:
            if name not in self.globals.names:
                self.globals.names[name] = Builtin(name)
        math_members: dict[str, Any] = {n: Builtin(n) for n in MATH_FUNCS}
        for n, v in MATH_CONSTS.items():
            math_members[n] = GlobalConst(n, T.F64, Span("<std>", 0, 0, 0, 0), v, None)
        math_members.update({"abs": Builtin("abs"), "min": Builtin("min"), "max": Builtin("max")})
        self.modules: dict[str, ModuleSym] = {"std.math": ModuleSym("std.math", math_members)}
        self.modules["math"] = self.modules["std.math"]
        # std.complex's `abs` is the builtin, which calls `__abs__` (a library def would shadow it).
        self.modules["std.complex"] = ModuleSym("std.complex", {"abs": Builtin("abs")})
        self.modules["std.hash"] = ModuleSym("std.hash", {"hash": Builtin("hash")})  # also in the prelude
        # Compile-time questions about types: `size_of[Int]()` (check/builtins.py, type_query).
        self.modules["std.sys"] = ModuleSym("std.sys", {n: Builtin(n) for n in TYPE_QUERIES if n[0] != "_"})
        # Higher-order functions over parametric closures (check/algorithm.py): `vectorize`.
        self.modules["std.algorithm"] = ModuleSym("std.algorithm", {n: Builtin(n) for n in algorithm.HIGHER_ORDER})
        self.modules["std.memory"] = ModuleSym("std.memory", {n: Builtin(n) for n in pointers.STACK_ALLOCATION})
        self.globals.names["__type_name_of"] = Builtin("__type_name_of")  # Mojo's name of a type, for messages
        self.globals.names["__type_is_eq"] = Builtin("__type_is_eq")  # `comptime if __type_is_eq[T, U]()`
        # std.utils.Variant[A, B, ...] is the library's _Variant2[A, B], ... (see `_variant_type`).
        variant = TypeSym("Variant", None)
        self.modules.setdefault("std.utils", ModuleSym("std.utils", {})).members["Variant"] = variant
        self.modules["std.utils.variant"] = ModuleSym("std.utils.variant", {"Variant": variant})
        # 2023: `from utils.vector import DynamicVector`, which became List.
        self.modules["std.utils.vector"] = ModuleSym("std.utils.vector", {"DynamicVector": TypeSym("List", None)})

    # ------------------------------------------------------------------ diagnostics
    def error(self, msg: str, span: Span, notes: list[Note] | None = None, fixit: str | None = None) -> None:
        self.diags.append(Diagnostic("error", msg, span, notes or [], fixit))

    def warn(self, msg: str, span: Span) -> None:
        self.diags.append(Diagnostic("warning", msg, span))

    def llname(self, base: str) -> str:
        name = base
        n = 1
        while name in self._llnames:
            n += 1
            name = f"{base}.{n}"
        self._llnames.add(name)
        return name

    def poll(self) -> None:
        """Stop compiling if the user interrupted (notebook sessions)."""
        if self.should_stop is not None and self.should_stop():
            raise CompileInterrupted()

    # Limits per compilation (limits.py), reset by declare_module for a user's module; and the
    # interrupt poll a notebook session sets (a callable that is true once the user interrupted).
    should_stop: Callable[[], bool] | None = None

    _chain: tuple[tuple[str, Span], ...] = ()  # the instantiations that led to the code being checked

    _instances = 0

    _comptime_steps = 0

    _limits_hit: frozenset[str] = frozenset()

    _defaults_in_progress: frozenset[int] = frozenset()  # template parameters whose default is being evaluated
