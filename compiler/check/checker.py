"""Name resolution and type checking.

Input: parsed modules (the standard library's, then the user's). Output: the same ASTs, annotated
(`Expr.ty`, `Expr.const`, `Name.sym`, `Call.target`, ...) and with implicit conversions made
explicit as `Convert` nodes, plus a `Program` listing what codegen must emit.

Errors are collected, never raised: after an error the offending expression gets the UNKNOWN type,
which every later check accepts silently, so one mistake produces one message (no cascades).
"""

from __future__ import annotations

import copy
import difflib
import functools
import math
from dataclasses import dataclass, field
from fractions import Fraction
from collections.abc import Callable
from typing import Any

from .. import limits
from ..diagnostics import CompileInterrupted, Diagnostic, Note, Span
from ..frontend import ast as A
from . import algorithm, legacy2023, pointers, python_interop, simd
from . import types as T
from .symbols import (
    Builtin,
    FuncInfo,
    GlobalConst,
    LocalVar,
    ModuleSym,
    OverloadSet,
    ParamInfo,
    StructInfo,
    Template,
    TemplateParam,
    TypeSym,
)

BUILTIN_FUNCS = ["print", "print_no_newline", "len", "range", "abs", "min", "max", "ord", "chr", "sort", "enumerate", "repr",
                 "reversed", "zip", "any", "all", "hash", "iter", "next",
                 "Error", "String", "Bool", "Int", "UInt", "Float64", "Float32", "Float16", "round", "swap",
                 "debug_assert"]
MATH_FUNCS = {"sqrt", "floor", "ceil", "trunc", "sin", "cos", "tan", "log", "exp", "log2", "log10", "atan",
              "tanh", "asin", "acos", "atan2", "pow", "fma", "hypot", "copysign", "isnan", "isinf", "cbrt",
              "exp2", "sinh", "cosh"}
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
PRELUDE_NAMES = {("memory", "alloc"), ("memory", "Span"), ("memory.alloc", "alloc"), ("hash", "hash_bytes")}  # single names of other modules that Mojo's prelude has
# Names of prelude modules that Mojo 1.2 does not put in its prelude (`from std.collections import Set`);
# the value is the module the error message suggests, or None where Mojo suggests nothing.
NOT_PRELUDE = {("collections", "Set"): "std.collections", ("collections", "Counter"): "std.collections",
               ("collections", "Deque"): "std.collections", ("collections", "CountTuple"): None,
               ("collections", "DictEntry"): None}
# Mojo 1.2's prelude traits (Stringable, Representable, EqualityComparable are gone in 1.2).
BUILTIN_TRAITS = ["AnyType", "Copyable", "ImplicitlyCopyable", "Movable", "Writable",
                  "Comparable", "Equatable", "Hashable", "Sized", "Boolable", "Intable",
                  "Defaultable", "Deinitable", "KeyElement", "Absable", "TrivialRegisterPassable", "RegisterPassable",
                  "Iterable", "Powable", "Roundable", "Floatable", "Indexer"]
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
    if isinstance(last, (A.Match, A.With)):
        return _terminates(last.desugared)
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


class Checker:
    # Limits per compilation (limits.py), reset by declare_module for a user's module; and the
    # interrupt poll a notebook session sets (a callable that is true once the user interrupted).
    should_stop: Callable[[], bool] | None = None
    _chain: tuple[tuple[str, Span], ...] = ()  # the instantiations that led to the code being checked
    _instances = 0
    _comptime_steps = 0
    _limits_hit: frozenset[str] = frozenset()
    _defaults_in_progress: frozenset[int] = frozenset()  # template parameters whose default is being evaluated

    def __init__(self, session: bool = False) -> None:
        self.session = session  # notebook mode: redefinitions replace, top-level vars persist
        self.diags: list[Diagnostic] = []
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
        self.modules["std.itertools"] = ModuleSym("std.itertools", {"count": Builtin("count")})  # a range
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

    # ------------------------------------------------------------------ declarations
    def declare_module(self, module: A.Module, is_stdlib: bool, std_module: str | None = None) -> None:
        """Enter a module's top-level declarations into the global scope (bodies are checked later).

        For a standard library module other than `builtin` (e.g. `sys.mojo`), its public names go
        into the module `std.NAME` instead, reachable by `from std.NAME import ...`."""
        if not is_stdlib:
            self._instances = self._comptime_steps = 0
            self._limits_hit = frozenset()
            self.dialect_2023 = getattr(module, "dialect_2023", False)
        before = set(self.globals.names)
        nfuncs = len(self.program.functions)
        self._declare_module(module, is_stdlib)
        if std_module is not None:
            members = self.modules.setdefault("std." + std_module, ModuleSym("std." + std_module, {})).members
            modscope = Scope(self.globals)
            modscope.names.update(members)  # what the module had before (std.math's builtins)
            for name in set(self.globals.names) - before:
                if not name.startswith("_"):
                    # Prelude modules (Dict, Set) stay usable without an import.
                    members[name] = self.globals.names[name] \
                        if (std_module in PRELUDE_MODULES or (std_module, name) in PRELUDE_NAMES) \
                        and (std_module, name) not in NOT_PRELUDE else self.globals.names.pop(name)
                    modscope.names[name] = members[name]
            if std_module not in PRELUDE_MODULES or any(m == std_module for m, _ in NOT_PRELUDE):
                # The module's own code still sees its public names: its scopes hang below modscope.
                self._reparent(self.program.functions[nfuncs:], modscope)
                for sym in modscope.names.values():
                    if isinstance(sym, OverloadSet):
                        self._reparent(sym.funcs, modscope)
                    elif isinstance(sym, TypeSym) and sym.template is not None:
                        if sym.template.scope is self.globals:
                            sym.template.scope = modscope
            if "std." + std_module == legacy2023.LIBRARY:  # 2023 names resolve where 1.2 knows none
                self.globals.parent = Scope()
                self.globals.parent.names.update(legacy2023.symbols(members))

    @staticmethod
    def is_stdlib_func(fn: FuncInfo) -> bool:
        return fn.decl is not None and fn.decl.span.file.startswith("<std>")

    def _reparent(self, funcs: list[FuncInfo], modscope: Scope) -> None:
        for f in funcs:
            for sc in (f.scope, f.template.scope if f.template is not None else None):
                while sc is not None and sc.parent is not None and sc.parent is not self.globals \
                        and sc.parent is not modscope:
                    sc = sc.parent
                if sc is not None and sc.parent is self.globals:
                    sc.parent = modscope

    def _declare_module(self, module: A.Module, is_stdlib: bool) -> None:
        self.is_stdlib = is_stdlib
        structs: list[tuple[StructInfo, A.StructDef]] = []
        for s in module.body:
            if isinstance(s, A.StructDef):
                if self._redefined(s.name, s.name_span):
                    continue
                if s.type_params:
                    params = self._template_params(s.type_params, self.globals)
                    self.globals.names[s.name] = TypeSym(s.name, None, Template(params, s, self.globals))
                    continue
                info = StructInfo(s.name, s, llname=self.llname(("std." if is_stdlib else "") + s.name))
                self.globals.names[s.name] = TypeSym(s.name, info.ty)
                structs.append((info, s))
            elif isinstance(s, A.TraitDef):
                self.globals.names[s.name] = TypeSym(s.name, T.SimpleType(s.name), is_trait=True)
                self.traits[s.name] = s
            elif isinstance(s, A.Comptime) and isinstance(s.value, A.BinOp) and \
                    self._is_trait_expr(s.value, self.globals):  # `comptime Person = Named & Aged`, before
                self._declare_comptime(s, self.globals)     # structs conform to it
            elif isinstance(s, A.Import):  # before field types are resolved (`var v: PythonObject`)
                self._import(s)
        early = [s for s in module.body if isinstance(s, A.Comptime) and self._names_a_type(s)]
        for s in early:  # `comptime Vec = SIMD[DType.float32, 4]`, usable as a field type
            self._declare_comptime(s, self.globals)
        for info, s in structs:
            self._declare_struct(info, s)
        for info, s in structs:
            self._check_containment(info)
        for s in module.body:
            if isinstance(s, A.FuncDef):
                self._declare_function(s, None)
            elif isinstance(s, A.Comptime) and not (s.name in self.traits and self.traits[s.name].span is s.span) \
                    and not any(s is x for x in early):
                self._declare_comptime(s, self.globals)
            elif isinstance(s, (A.StructDef, A.TraitDef, A.Import, A.Comptime)):
                pass
            elif isinstance(s, A.ExprStmt) and isinstance(s.expr, A.StrLit) and s is module.body[0]:
                pass  # the module's docstring
            elif isinstance(s, A.VarDecl):
                self.error("global 'var' declarations are not allowed in Mojo; use 'comptime' for a constant "
                           "or move the variable into a function", s.span)
            else:
                self.error("only declarations (def, struct, trait, comptime, import) are allowed at the top "
                           "level of a file; put statements inside 'def main():'", s.span)

    def _names_a_type(self, c: A.Comptime) -> bool:
        """Whether a comptime's value is a builtin or library type (`SIMD[DType.float32, 4]`, `Float64`,
        `List[Int]`): such aliases are declared before struct fields, which may use them."""
        if c.type is not None or c.type_params:
            return False
        base = c.value.value if isinstance(c.value, A.Subscript) else c.value
        if not isinstance(base, A.Name):
            return False
        if base.id in ("SIMD", "Scalar"):
            return True
        sym = self.globals.lookup(base.id)
        if not isinstance(sym, TypeSym) or sym.is_trait:
            return False
        decl = getattr(sym.template, "decl", None) or getattr(getattr(sym.ty, "info", None), "decl", None)
        return decl is None or decl.span.file.startswith("<std>")  # not a struct of this module

    def _redefined(self, name: str, span: Span) -> bool:
        old = self.globals.names.get(name)
        if isinstance(old, TypeSym) and isinstance(old.ty, T.StructType) and not self.session:
            self.error(f"invalid redefinition of '{name}'", span,
                       [Note("previous definition here", old.ty.info.decl.name_span)])
            return True
        return False

    def _import(self, s: A.Import) -> None:
        from .std_names import MOJO_STD

        mod = s.module
        renamed = legacy2023.module(self, mod, s.span)  # `from Math import sqrt` (2023)
        if renamed is not None:
            mod = renamed or "std.builtin"
        if not mod.startswith("std.") and (mod in KNOWN_MODULES or "std." + mod in MOJO_STD
                                            or "std." + mod in self.modules):
            self.warn(f"unprefixed standard library imports are the 2023 Mojo spelling; Mojo 1.2 writes "
                      f"'std.{mod}'", s.span)
            mod = "std." + mod
        here = self.modules.get(mod)
        if here is None and mod not in KNOWN_MODULES:
            if mod in MOJO_STD:
                self.error(f"module '{mod}' of Mojo's standard library is not available in Mojito yet", s.span)
            else:
                close = difflib.get_close_matches(mod, list(MOJO_STD) + list(self.modules), 1)
                self.error(f"unable to locate module '{s.module}'", s.span,
                           fixit=f"did you mean '{close[0]}'?" if close else None)
            return
        members = here.members if here is not None else {}
        if not s.is_from:
            target = s.alias or mod.split(".")[-1] if s.alias else mod.split(".")[0]
            if s.alias:
                self.globals.names[s.alias] = ModuleSym(mod, members)
            elif not s.module.startswith("std.") and "." not in s.module:
                self.globals.names[s.module] = ModuleSym(mod, members)  # `import benchmark` (2023): the name
            else:
                self.globals.names[target] = ModuleSym(mod.split(".")[0], {mod.split(".")[1]: ModuleSym(mod, members)}
                                                       if "." in mod else members)
            return
        # The API list misses some re-exports (std.math re-exports isnan from std.utils.numerics), so a
        # name Mojo has anywhere counts as real.
        mojo_names = MOJO_STD.get(mod, frozenset()) | _all_std_names()
        for i, (name, alias) in enumerate(s.names):
            span = s.name_spans[i] if i < len(s.name_spans) else s.span
            if name == "*":
                self.globals.names.update(members)
            elif name in members:
                self.globals.names[alias] = members[name]
            elif self.globals.lookup(name) is not None and (name in mojo_names or mod not in MOJO_STD):
                # Collections and friends are builtins here (List, Optional, ...).
                self.globals.names[alias] = self.globals.lookup(name)
            elif name in legacy2023.NAMES and self.globals.lookup(name) is not None:
                self.globals.names[alias] = legacy2023.library_name(self, name, span)  # 2023 `memset_zero`
            elif name in mojo_names:
                self.error(f"'{name}' of '{mod}' is not available in Mojito yet", span)
            else:
                kind = "package" if any(k.startswith(mod + ".") for k in MOJO_STD) else "module"
                close = difflib.get_close_matches(name, set(members) | set(mojo_names), 1)
                self.error(f"{kind} '{mod.split('.')[-1]}' does not contain '{name}'", span,
                           fixit=f"did you mean '{close[0]}'?" if close else None)

    def _declare_struct(self, info: StructInfo, s: A.StructDef, parent: Scope | None = None) -> None:
        scope = Scope(parent or self.globals)
        scope.names["Self"] = TypeSym("Self", info.ty)
        for name, sym in info.comptimes.items():  # a generic instance's parameters
            scope.names[name] = sym
        self._scope = scope
        names = set()
        for t in (p for t in s.traits for p in _trait_parts(t)):  # `struct S(A & B)` conforms to both
            names.add(t.id if isinstance(t, A.Name) else "?")
            if isinstance(t, A.Name) and scope.lookup(t.id) is None:
                self._unknown(t.id, t.span)  # e.g. `Stringable`, which Mojo 1.2 no longer has
        for d in s.decorators:
            if isinstance(d, A.Name) and d.id == "fieldwise_init":
                info.fieldwise_init = True
            elif isinstance(d, A.Name) and d.id == "value":
                info.fieldwise_init = True
                names |= {"Copyable", "ImplicitlyCopyable", "Movable"}
        info.traits = names
        info.implicitly_copyable = "ImplicitlyCopyable" in names or "TrivialRegisterPassable" in names
        info.copyable = info.implicitly_copyable or "Copyable" in names
        self.program.structs.append(info)
        for i, f in enumerate(s.fields):
            if f.type is None:
                self.error("struct fields need a type: write 'var name: Type'", f.span)
                continue
            self._scope = scope
            ty = self.resolve_type(f.type)
            for name, nspan in zip(f.names, f.name_spans):
                if name in info.fields:
                    self.error(f"duplicate field '{name}' in struct '{info.name}'", nspan)
                info.fields[name] = (len(info.fields), ty)
        for c in s.comptimes:
            info.comptimes[c.name] = self._declare_comptime(c, scope)
        for m in s.methods:
            self._declare_function(m, info, scope=scope)
        if "__copyinit__" in info.methods:  # 2023: a copy constructor made a struct copyable
            info.implicitly_copyable = info.copyable = True
        # Default method bodies of the traits it conforms to (and their parents).
        for tname in self._trait_closure(names):
            for m in self.traits[tname].methods:
                if m.name not in info.methods and not _is_stub(m):
                    self._declare_function(copy.deepcopy(m), info, scope=scope)

    def _trait_closure(self, names: set[str]) -> list[str]:
        out: list[str] = []
        todo = [n for n in names if n in self.traits]
        while todo:
            n = todo.pop(0)
            if n in out:
                continue
            out.append(n)
            todo += [p.id for p in self.traits[n].parents if isinstance(p, A.Name) and p.id in self.traits]
        return out

    # ------------------------------------------------------------------ generics
    def _is_trait_expr(self, e: A.Expr | None, scope: Scope) -> bool:
        if e is None:
            return True
        if isinstance(e, A.BinOp) and e.op == "&":
            return self._is_trait_expr(e.left, scope) and self._is_trait_expr(e.right, scope)
        if isinstance(e, A.Name):
            sym = scope.lookup(e.id)
            return isinstance(sym, TypeSym) and sym.is_trait
        return False

    def _template_params(self, tps: list[A.Param], scope: Scope) -> list[TemplateParam]:
        out = []
        for p in tps:
            if self._is_trait_expr(p.type, scope):
                out.append(TemplateParam(p.name, True, None, p.default, p.variadic))
            else:
                saved = getattr(self, "_scope", None)
                self._scope = scope
                out.append(TemplateParam(p.name, False, self.resolve_type(p.type), p.default))
                self._scope = saved
            out[-1].positional = not (p.infer_only or p.kw_only)
        return out

    def _param_value(self, tp: TemplateParam, arg: A.Expr) -> Any:
        """A generic parameter's value from an explicit argument: a type, or a compile-time constant."""
        if tp.is_type:
            return self.resolve_type(arg)
        saved = self._ctx
        self._ctx = None
        v = self.expr(copy.deepcopy(arg), tp.ty)
        self._ctx = saved
        v = self.coerce(v, tp.ty)
        if v.const is None:
            self.error(f"the parameter '{tp.name}' must be known at compile time", arg.span)
            return None
        return v.const

    def _bind(self, t: Template, values: list[Any]) -> tuple[Scope, str, tuple]:
        scope = Scope(t.scope or self.globals)
        shown = []
        for tp, v in zip(t.params, values):
            if tp.is_type:
                scope.names[tp.name] = TypeSym(tp.name, v)
                shown.append(str(v))
            else:
                scope.names[tp.name] = GlobalConst(tp.name, tp.ty, t.decl.span, v)
                shown.append(str(v) if not isinstance(v, bool) else str(v))
        key = tuple((v.llname if isinstance(v, FuncInfo) else str(v), type(v).__name__) for v in values)
        shown = [v.name if isinstance(v, FuncInfo) else x for v, x in zip(values, shown)]
        return scope, "[" + ", ".join(shown) + "]", key

    def instantiate_struct(self, sym: TypeSym, values: list[Any], span: Span | None = None) -> T.Type:
        t = sym.template
        assert t is not None
        if self._too_large(values, sym.name, span or t.decl.span):
            return T.UNKNOWN
        scope, shown, key = self._bind(t, values)
        info = t.instances.get(key)
        if info is None:
            chain = self._instantiation(sym.name + shown, span or t.decl.span)
            if chain is None:
                return T.UNKNOWN
            d = copy.deepcopy(t.decl)
            d.type_params = []
            info = StructInfo(sym.name + shown, d, llname=self.llname(sym.name + shown))
            info.generic_instance = True
            info.inst_chain = chain  # type: ignore[attr-defined]
            info.comptimes.update(scope.names)
            t.instances[key] = info
            saved = (getattr(self, "_scope", None), getattr(self, "_ctx", None), self._chain)
            self._chain = chain
            self._declare_struct(info, d, scope)
            self._scope, self._ctx, self._chain = saved
            self._check_containment(info)
            # Destruction, copies and moves may happen anywhere the type is used: compile its
            # lifecycle methods with it (see ir/nodes.lifecycle).
            for name in ("__deinit__", "__del__", "__copyinit__", "__moveinit__", "__init__"):
                for f in info.methods.get(name, OverloadSet(name)).funcs:
                    ps = [p for p in f.params if p.convention != "out"]
                    if name != "__init__" or (len(ps) == 1 and ps[0].kw_only and ps[0].name in ("copy", "move")):
                        self.require(f)
        return info.ty

    def instantiate_function(self, tmpl: FuncInfo, values: list[Any], span: Span | None = None) -> FuncInfo | None:
        t = tmpl.template
        assert t is not None
        if self._too_large(values, tmpl.name, span or t.decl.span):
            return None
        scope, shown, key = self._bind(t, values)
        inst = t.instances.get(key)
        if inst is None:
            owner = tmpl.owner.name + "." if tmpl.owner is not None else ""
            chain = self._instantiation(owner + tmpl.name + shown, span or t.decl.span)
            if chain is None:
                return None
            d = copy.deepcopy(t.decl)
            d.type_params = []
            saved = (getattr(self, "_scope", None), getattr(self, "_ctx", None), self._chain)
            self._chain = chain
            inst = self._declare_function(d, tmpl.owner, scope=scope, instance_of=tmpl, shown=shown)
            self._scope, self._ctx, self._chain = saved
            if inst is not None:
                inst.inst_chain = chain  # type: ignore[attr-defined]
                inst.params += getattr(tmpl, "closure_captures", [])  # a parametric closure's captures
            t.instances[key] = inst
        return inst

    # ------------------------------------------------------------------ limits
    def _instantiation(self, name: str, span: Span) -> tuple[tuple[str, Span], ...] | None:
        """Account for one more generic instance, requested at span from the code being checked:
        its chain of instantiations, or None (and an error showing the chain) past a limit."""
        self.poll()
        name = _short(name)
        chain = self._chain + ((name, span),)
        if len(chain) > limits.MAX_INSTANTIATION_DEPTH:
            self.limit_error("depth", f"recursive instantiation of '{name}' is too deep (more than "
                             f"{limits.MAX_INSTANTIATION_DEPTH} levels, each requested by the one before); "
                             "a parameter that changes with every recursion needs a 'comptime if' that stops it",
                             span, chain[:-1])
            return None
        self._instances += 1
        if self._instances > limits.MAX_INSTANTIATIONS:
            self.limit_error("count", f"too many generic instantiations in one compilation (more than "
                             f"{limits.MAX_INSTANTIATIONS}); '{name}' was requested here", span, chain[:-1])
            return None
        return chain

    def require_value(self, e: A.Expr) -> A.Expr:
        """e must be a run-time value: not a type, a module or a function name without a
        function type to give it (`var f = print`)."""
        if _not_a_value(e.ty):
            what = {"module": "a module", "method": "a method"}.get(getattr(e.ty, "name", ""), "a function")
            if isinstance(e.ty, T.MetaType) or getattr(e.ty, "name", "").startswith("generic:"):
                what = "a type"
            self.error(f"{what} cannot be used as a value here", e.span,
                       fixit="to pass a function, give the variable a function type: 'var f: def(Int) -> Int = g'"
                       if what == "a function" else None)
            e.ty = T.UNKNOWN
        return e

    def _too_large(self, values: list[Any], name: str, span: Span) -> bool:
        """Whether a parameter is a type too large to name (a runaway `N[Tuple[T, T]]` doubles it
        with every instantiation); reported with the chain."""
        if all(_type_nodes(v) <= limits.MAX_TYPE_NODES for v in values if isinstance(v, T.Type)):
            return False
        self.limit_error("type size", f"a parameter of '{name}' is a type too large for the compiler (more than "
                         f"{limits.MAX_TYPE_NODES} nested types)", span, self._chain)
        return True

    def limit_error(self, kind: str, msg: str, span: Span, chain: tuple[tuple[str, Span], ...] = ()) -> None:
        """Report a compiler limit once per kind and compilation, with the instantiations that led
        there (innermost first, like C++'s "in instantiation of ... requested here")."""
        if kind in self._limits_hit:
            return
        self._limits_hit = self._limits_hit | {kind}
        self.error(msg, span, _chain_notes(chain))

    def poll(self) -> None:
        """Stop compiling if the user interrupted (notebook sessions)."""
        if self.should_stop is not None and self.should_stop():
            raise CompileInterrupted()

    def _check_containment(self, info: StructInfo) -> None:
        """A struct may not contain itself by value (it would be infinitely large): `var s: S`
        directly or through other structs, tuples or Optionals; List and pointers break the cycle."""
        path: list[tuple[str, StructInfo]] = []
        seen: set[int] = set()

        def inner(ty: T.Type) -> list[StructInfo]:
            if isinstance(ty, T.StructType):
                return [ty.info]
            if isinstance(ty, T.TupleType):
                return [i for x in ty.elems for i in inner(x)]
            if isinstance(ty, T.OptionalType):
                return inner(ty.elem)
            return []

        def visit(s: StructInfo) -> bool:
            for fname, (_, fty) in list(s.fields.items()):
                for sub in inner(fty):
                    path.append((fname, s))
                    if sub is info:
                        return True
                    if id(sub) not in seen:
                        seen.add(id(sub))
                        if visit(sub):
                            return True
                    path.pop()
            return False

        if not visit(info):
            return
        through = " -> ".join(f"{owner.name}.{fname}" for fname, owner in path)
        notes = [Note(f"field '{fname}' of '{owner.name}'", _field_span(owner, fname)) for fname, owner in path]
        self.error(f"struct '{info.name}' contains itself ({through}), so it would be infinitely large; "
                   "store it in a List or behind a pointer instead", info.decl.name_span, notes)
        fname, owner = path[0]
        index, _ = owner.fields[fname]
        owner.fields[fname] = (index, T.UNKNOWN)  # no later stage may follow the cycle

    def _infer(self, te: A.Expr | None, ty: T.Type, names: dict[str, TemplateParam], out: dict[str, Any]) -> None:
        if te is None:
            return
        if isinstance(te, A.Name) and te.id in names and names[te.id].is_type:
            out.setdefault(te.id, T.materialize(ty))
        elif isinstance(te, A.Subscript) and isinstance(te.value, A.Name) and te.value.id in ("SIMD", "Scalar"):
            # DType and width parameters, from a vector (or, for width 1, a scalar) argument.
            elem, width = (ty.elem, ty.width) if isinstance(ty, T.SimdType) else (T.materialize(ty), 1)
            for idx, value in zip(te.indices, (elem, width)):
                if isinstance(idx, A.Name) and idx.id in names and not names[idx.id].is_type:
                    out.setdefault(idx.id, value)
        elif isinstance(te, A.Subscript) and isinstance(te.value, A.Name) and te.value.id in pointers.POINTER_NAMES \
                and isinstance(ty, T.PointerType) and te.indices:
            self._infer(te.indices[0], ty.elem, names, out)
        elif isinstance(te, A.Subscript) and isinstance(te.value, A.Name) and isinstance(ty, T.StructType) \
                and ty.info.generic_instance:
            # `Layout[T]` against a `Layout[Int64]`: the instance's parameter values, by position (its
            # comptimes start with its parameters, in order).
            if ty.info.name.startswith(te.value.id + "["):
                for ix, bound in zip(te.indices, list(ty.info.comptimes.values())):
                    if isinstance(bound, TypeSym) and bound.ty is not None:
                        self._infer(ix, bound.ty, names, out)
                    elif isinstance(ix, A.Name) and ix.id in names and getattr(bound, "value", None) is not None:
                        out.setdefault(ix.id, bound.value)
        elif isinstance(te, A.Subscript) and isinstance(te.value, A.Name) and len(te.indices) == 1:
            if te.value.id == "List" and isinstance(ty, T.ListType) or te.value.id == "Optional" and isinstance(ty, T.OptionalType):
                self._infer(te.indices[0], ty.elem, names, out)

    def instantiate_for_call(self, fn: FuncInfo, e: A.Call, skip_self: bool,
                             explicit: list[A.Expr] | None, explicit_kw: list[A.Keyword] | None = None
                             ) -> FuncInfo | None:
        t = fn.template
        assert t is not None
        bound: dict[str, Any] = {}
        if explicit:
            positional = [tp for tp in t.params if tp.positional]  # `[dtype: DType, //, n: Int]`: f[3] is n
            if len(explicit) > len(positional):
                self.error(f"'{fn.name}' takes at most {len(positional)} parameters", explicit[-1].span)
                return None
            for tp, x in zip(positional, explicit):
                bound[tp.name] = self._param_value(tp, x)
        for k in explicit_kw or []:
            tp = next((tp for tp in t.params if tp.name == k.name), None)
            if tp is None:
                self.error(f"'{fn.name}' has no parameter '{k.name}'", k.span)
                return None
            bound[tp.name] = self._param_value(tp, k.value)
        names = {tp.name: tp for tp in t.params}
        decl_params = t.decl.params[1:] if skip_self and fn.owner is not None and not fn.is_static else t.decl.params
        positional = [p for p in decl_params if not p.kw_only]
        for i, (p, a) in enumerate(zip(positional, e.args)):
            if p.variadic and isinstance(p.type, A.Name) and p.type.id.startswith("*"):
                pack = p.type.id[1:]
                bound.setdefault(pack, T.TupleType(tuple(T.materialize(x.ty) for x in e.args[i:])))
                break
            self._infer(p.type, a.ty, names, bound)
        for p in positional[len(e.args):]:
            if p.variadic and isinstance(p.type, A.Name) and p.type.id.startswith("*"):
                bound.setdefault(p.type.id[1:], T.TupleType(()))
        for k in e.keywords:
            p = next((p for p in decl_params if p.name == k.name), None)
            if p is not None:
                self._infer(p.type, k.value.ty, names, bound)
        for tp in t.params:
            if tp.name not in bound and tp.default is not None:
                if id(tp) in self._defaults_in_progress:  # `def f[n: Int = f[]()]()`
                    self.error(f"the default value of the parameter '{tp.name}' of '{fn.name}' depends on itself",
                               tp.default.span)
                    return None
                self._defaults_in_progress = self._defaults_in_progress | {id(tp)}
                try:
                    bound[tp.name] = self._param_value(tp, tp.default)
                finally:
                    self._defaults_in_progress = self._defaults_in_progress - {id(tp)}
        missing = [tp.name for tp in t.params if tp.name not in bound]
        if missing:
            self.error(f"cannot infer the parameter '{missing[0]}' of '{fn.name}'; pass it explicitly: "
                       f"'{fn.name}[...](...)'", e.lparen)
            return None
        if any(v is None for v in bound.values()):
            return None
        return self.instantiate_function(fn, [bound[tp.name] for tp in t.params], e.span)

    def _declare_comptime(self, c: A.Comptime, scope: Scope) -> GlobalConst:
        declared = self.resolve_type(c.type) if c.type is not None else None
        g = GlobalConst(c.name, T.UNKNOWN, c.name_span, None, None, self.llname("comptime." + c.name))
        if c.type is None and not c.type_params and isinstance(c.value, A.BinOp) and \
                self._is_trait_expr(c.value, scope):
            # `comptime Person = Named & Aged`: a trait made of others (conforming means conforming to each).
            scope.names[c.name] = TypeSym(c.name, T.SimpleType(c.name), is_trait=True)
            self.traits[c.name] = A.TraitDef(c.span, c.name, c.name_span, _trait_parts(c.value), [])
            return g
        if c.type is None and not c.type_params and isinstance(c.value, A.FuncTypeExpr):
            # `comptime Op = def(Int, Int) thin -> Int` (2023: `alias Op = fn(Int, Int) -> Int`): a type.
            saved_scope = getattr(self, "_scope", None)
            self._scope = scope
            scope.names[c.name] = TypeSym(c.name, self.resolve_type(c.value))
            self._scope = saved_scope
            return g
        scope.names[c.name] = g
        saved = getattr(self, "_ctx", None)
        self._ctx = None
        self._scope = scope
        value = self.expr(c.value, declared)
        if declared is not None:
            value = self.coerce(value, declared)
        self._ctx = saved
        if isinstance(value.ty, T.MetaType):  # `comptime C = ComplexSIMD[DType.float64, 1]`: a type, no storage
            g.ty = value.ty
            return g
        if value.const is not None:
            g.value = value.const
            g.ty = value.ty
        else:
            g.ty = T.materialize(value.ty)
            g.init = value
            self.program.globals.append(g)
        return g

    def _declare_function(self, d: A.FuncDef, owner: StructInfo | None, scope: Scope | None = None,
                          instance_of: FuncInfo | None = None, shown: str = "") -> FuncInfo | None:
        is_static = any(isinstance(x, A.Name) and x.id == "staticmethod" for x in d.decorators)
        if owner is not None and d.name == "__init__" and _is_static_style_init(d):
            # `fn __init__(a: Int) -> Self: return Self {a: a}` (2023): a static function building Self.
            self.warn("an '__init__' without 'self' that returns 'Self' is the 2023 Mojo spelling; Mojo 1.2 "
                      "writes 'def __init__(out self, ...)'", d.name_span)
            is_static = True
        params: list[ParamInfo] = []
        scope = Scope(scope or self.globals)
        if owner is not None:
            scope.names["Self"] = TypeSym("Self", owner.ty)
        if instance_of is None:
            tparams = self._template_params(d.type_params, scope) if d.type_params else []
            for i, p in enumerate(d.params):
                # `x: Some[Trait]` is an anonymous type parameter.
                if isinstance(p.type, A.Subscript) and isinstance(p.type.value, A.Name) and \
                        p.type.value.id == "Some" and len(p.type.indices) == 1 and \
                        self._is_trait_expr(p.type.indices[0], scope):
                    tparams.append(TemplateParam(f"__some{i}", True))
                    p.type = A.Name(p.type.span, f"__some{i}")
            if tparams:
                info = FuncInfo(d.name, d, [], T.UNKNOWN, d.raises, "", owner, is_static,
                                template=Template(tparams, d, scope))
                if self.is_stdlib and d.name.startswith("__") and owner is None:
                    info.intrinsic = d.name  # generic intrinsic: each instance is implemented by codegen
                if owner is not None:
                    owner.methods.setdefault(d.name, OverloadSet(d.name)).funcs.append(info)
                else:
                    existing = self.globals.names.get(d.name)
                    if isinstance(existing, OverloadSet):
                        existing.funcs.append(info)
                    else:
                        self.globals.names[d.name] = OverloadSet(d.name, [info])
                return info
        self._scope = scope
        for i, p in enumerate(d.params):
            if owner is not None and not is_static and i == 0:
                if p.type is not None and not (isinstance(p.type, A.Name) and p.type.id == "Self"):
                    self.error("the first parameter of a method is 'self'", p.span)
                conv = "out" if d.name == "__init__" and p.convention in ("out", "read") else p.convention
                if d.name == "__init__" and p.convention not in ("out", "mut"):
                    self.error("'__init__' takes 'out self'", p.span, fixit="write 'def __init__(out self, ...)'")
                if d.name == "__init__":
                    conv = "out"  # `inout self` (2023, already warned about) means `out self` here
                params.append(ParamInfo(p.name, owner.ty, conv, None, False, p.span))
                continue
            dynamic = legacy2023.object_type(self) if p.type is None and not d.is_fn and self.dialect_2023 \
                and not self.is_stdlib else None
            if dynamic is not None:  # `def add(a, b)` (2023): arguments of the dynamic type `object`
                self.warn(f"an argument without a type ('{p.name}', an 'object' in 2023) is the 2023 Mojo "
                          f"spelling; Mojo 1.2 needs '{p.name}: Type'", p.span)
                ty: T.Type = dynamic
            elif p.type is None:
                self.error(f"argument '{p.name}' needs a type: write '{p.name}: Type'", p.span)
                ty = T.UNKNOWN
            else:
                ty = self.resolve_type(p.type)
            if p.variadic and not (isinstance(p.type, A.Name) and p.type.id.startswith("*")):
                ty = T.ListType(ty)
            params.append(ParamInfo(p.name, ty, p.convention, p.default, p.kw_only, p.span, p.variadic))
        ret = self.resolve_type(d.ret) if d.ret is not None else T.NONE
        if d.ret is None and not d.is_fn and self.dialect_2023 and not self.is_stdlib and \
                legacy2023.returns_value(d):  # a 2023 `def` without '-> T' returned an `object`
            ret = legacy2023.object_type(self) or T.NONE
        outs = [p for p in params[(1 if owner is not None and not is_static else 0):] if p.convention == "out"]
        if outs:
            # `def f(out result: T, ...)` returns `result`.
            if d.ret is not None or len(outs) > 1:
                self.error("a function with an 'out' argument returns it; remove '-> T'", d.name_span)
            ret = outs[0].ty
        prefix = ("std." if self.is_stdlib else "") + (owner.name + "." if owner else "")
        intrinsic = d.name if self.is_stdlib and d.name.startswith("__") and owner is None else None
        if instance_of is not None and getattr(instance_of, "intrinsic", None):
            intrinsic = instance_of.intrinsic  # an instance of a generic intrinsic (`__ptr_alloc[T]`)
        info = FuncInfo(d.name, d, params, ret, d.raises, self.llname(prefix + d.name + shown), owner, is_static,
                        intrinsic)
        info.scope = scope
        if d.raises_type is not None:
            self._typed_raises(info, d.raises_type)
        if instance_of is not None:
            if intrinsic is None:
                self._pending_bodies.append(info)
                self.program.functions.append(info)
            return info
        if owner is not None and owner.generic_instance:
            info.lazy = True
            owner.methods.setdefault(d.name, OverloadSet(d.name)).funcs.append(info)
            return info
        if owner is not None:
            owner.methods.setdefault(d.name, OverloadSet(d.name)).funcs.append(info)
        else:
            existing = self.globals.names.get(d.name)
            if isinstance(existing, OverloadSet):
                for other in list(existing.funcs):
                    if [p.ty for p in other.params] == [p.ty for p in params]:
                        if not self.session or other.slot is None:
                            self.error(f"invalid redefinition of '{d.name}'", d.name_span,
                                       [Note("previous definition here", other.decl.name_span)])
                            return None
                        info.slot = other.slot  # a notebook redefinition takes over the old one's calls
                        existing.funcs.remove(other)
                existing.funcs.append(info)
            else:
                self.globals.names[d.name] = OverloadSet(d.name, [info])
            if self.session and not self.is_stdlib and info.slot is None:
                info.slot = "slot." + info.llname
            if d.name == "main" and not self.is_stdlib and not self.session:
                self.program.main = info
        if intrinsic is None:
            self._pending_bodies.append(info)
            self.program.functions.append(info)
        return info

    # ------------------------------------------------------------------ std.utils.Variant
    def _variant_type(self, args: list[T.Type], span: Span) -> T.Type:
        """`Variant[A, B]` is the library struct `_Variant2[A, B]` (stdlib/utils.variant.mojo), shown and
        copied as Mojo's Variant (implicitly copyable when every alternative is)."""
        if T.UNKNOWN in args:
            return T.UNKNOWN
        tmpl = self.globals.names.get(f"_Variant{len(args)}")
        if not isinstance(tmpl, TypeSym) or tmpl.template is None:
            self.error(f"'Variant' takes 1 to 8 types in Mojito, not {len(args)}", span)
            return T.UNKNOWN
        if len(set(args)) != len(args):
            self.error("a Variant's types must be distinct", span)
            return T.UNKNOWN
        ty = self.instantiate_struct(tmpl, args, span)
        if isinstance(ty, T.StructType) and not ty.info.name.startswith("Variant["):
            ty.info.name = "Variant[" + ", ".join(str(a) for a in args) + "]"
            ty.info.variant_args = tuple(args)  # type: ignore[attr-defined]
            ty.info.implicitly_copyable = all(T.copyable(a) for a in args)
        return ty

    def _variant_has(self, ty: T.StructType, te: A.Expr) -> bool:
        """Is the explicit parameter te (of `v.isa[te]()`, `v.set[te](x)`) one of the Variant's types?"""
        want = self.resolve_type(te)
        return want == T.UNKNOWN or want in (_variant_args(ty) or ())

    def _variant_subscript(self, e: A.Subscript, base: A.Expr, ty: T.StructType) -> Any:
        """`v[T]`: the T the Variant holds, in place (`v[List[Int]].append(4)` changes it)."""
        want = self.resolve_type(e.indices[0])
        args = _variant_args(ty) or ()
        if want == T.UNKNOWN:
            e.ty = T.UNKNOWN
            return
        if want not in args:
            v = e.value.span  # Mojo points at the '['
            self._instantiation_failed(Span(v.file, v.end_line, v.end_col, v.end_line, v.end_col + 1),
                                       "constraint failed: Type does not exist in Variant.")
            e.ty = T.UNKNOWN
            return
        field = A.Attribute(e.span, base, f"_v{args.index(want)}", e.span)  # a List of 0 or 1 element
        zero = A.IntLit(e.span, 0)
        return self.expr(A.Subscript(e.span, field, [zero], []))

    def _debug_assert(self, e: A.Call) -> A.Expr:
        """`debug_assert(cond, *messages)`: as under `mojo run` (assertions off by default), the condition
        is evaluated and nothing else happens; the messages are checked but never built."""
        if not e.args:
            self.error("'debug_assert' needs a condition", e.lparen)
            e.ty = T.UNKNOWN
            return e
        for x in e.args[1:]:
            self.expr(x)
        for k in e.keywords:
            self.expr(k.value)
        return self.to_bool(self.expr(e.args[0], T.BOOL))

    def _negative_byte_index(self, e: A.Subscript) -> None:
        """`s[byte=-1]`: Mojo 1.2's String.__getitem__ has a compile-time constraint."""
        self._instantiation_failed(e.span, "constraint failed: negative indexing is not supported, use e.g. "
                                   "`string[byte=string.byte_length() - 1]`")

    def _instantiation_failed(self, span: Span, why: str) -> None:
        """A library constraint that Mojo checks when instantiating a call: reported, as Mojo does, as a
        failed instantiation of the function that contains the call, with the reason as a note."""
        func = self._ctx.func if self._ctx is not None else None
        where = func.decl.name_span if func is not None and func.decl is not None else span
        self.error("function instantiation failed", where, [Note(why, span)])

    def _typed_raises(self, info: FuncInfo, te: A.Expr) -> None:
        """`raises MyError`: errors are values of that type; `raises Never`: the function cannot raise."""
        if isinstance(te, A.Name) and te.id == "Never":
            info.raises = False
            return
        ty = self.resolve_type(te)
        if ty not in (T.ERROR, T.UNKNOWN):
            info.error_type = ty

    def _note_raise(self, ty: T.Type, span: Span, raising: bool = False) -> T.Type | None:
        """A call or `raise` that raises a `ty` here: the try around it (or the function) must take it.
        A struct error reaching an `Error` context becomes an Error of its written text, as in Mojo."""
        if self._ctx is None or ty == T.UNKNOWN:
            return None
        cells = self._ctx.error_cells
        if cells and cells[-1][0] is None:
            cells[-1][0] = ty
            return ty
        have = cells[-1][0] if cells else (self._ctx.func.error_type or T.ERROR)
        assert have is not None
        if ty != have and have != T.ERROR:
            if raising:  # `raise Error(...)` where a typed error is expected
                self.error(f"cannot implicitly convert '{ty}' value to '{have}'", span)
            else:
                self.error(f"cannot call function that may raise '{ty}' in context that supports an error type "
                           f"of '{have}'", span)
        elif ty != have and isinstance(ty, T.StructType):
            self.require_method(ty.info, "write_to")  # converted to an Error of its text
        return have

    def require(self, f: FuncInfo) -> FuncInfo:
        """A lazily declared method is used: check and compile its body."""
        if f.lazy and not f.required:
            f.required = True
            self._pending_bodies.append(f)
            self.program.functions.append(f)
        return f

    def require_method(self, info: StructInfo, name: str) -> None:
        for f in info.methods.get(name, OverloadSet(name)).funcs:
            self.require(f)

    def check_bodies(self) -> None:
        while self._pending_bodies:
            f = self._pending_bodies.pop(0)
            self.check_function(f)

    # ------------------------------------------------------------------ types
    def resolve_type(self, e: A.Expr) -> T.Type:
        if isinstance(e, A.Name):
            name = e.id.removeprefix("*")  # `*Ts`: the pack's Tuple type
            sym = self._scope.lookup(name) if hasattr(self, "_scope") else self.globals.lookup(name)
            self._note_legacy(name, sym, e.span)
            if isinstance(sym, TypeSym) and sym.ty is not None:
                return sym.ty
            if isinstance(sym, GlobalConst) and isinstance(sym.ty, T.MetaType):  # `comptime Shape = Variant[...]`
                return sym.ty.of
            if isinstance(sym, TypeSym):
                self.error(f"'{e.id}' needs parameters, e.g. '{e.id}[Int]'", e.span)
                return T.UNKNOWN
            if e.id == "None":
                return T.NONE
            self._unknown(e.id, e.span, "type")
            return T.UNKNOWN
        if isinstance(e, A.NoneLit):
            return T.NONE
        if isinstance(e, A.Subscript) and isinstance(e.value, A.Name) and e.value.id in ("SIMD", "Scalar"):
            return simd.resolve(self, e.value.id, e)
        if isinstance(e, A.Subscript) and isinstance(e.value, A.Name):
            base = e.value.id
            sym = self._scope.lookup(base) if hasattr(self, "_scope") else None
            if pointers.is_span_template(sym):
                return pointers.resolve_span(self, e, sym)
            if isinstance(sym, TypeSym) and sym.template is not None:
                t = sym.template
                given = list(e.indices)
                if len(given) < len(t.params) and all(p.default is not None for p in t.params[len(given):]):
                    given += [copy.deepcopy(p.default) for p in t.params[len(given):]]  # `Logger[]`, defaults
                if len(given) != len(t.params):
                    self.error(f"'{base}' takes {len(t.params)} parameters, got {len(e.indices)}", e.span)
                    return T.UNKNOWN
                values = [self._param_value(tp, x) for tp, x in zip(t.params, given)]
                if any(v is None or v == T.UNKNOWN for v in values):
                    return T.UNKNOWN
                return self.instantiate_struct(sym, values, e.span)
            if isinstance(sym, TypeSym) and sym.ty is None:
                base = sym.name  # DynamicVector is List under its 2023 name
            if base in pointers.POINTER_NAMES:
                return pointers.resolve(self, e)
            args = [self.resolve_type(x) for x in e.indices]
            if base == "Variant" and isinstance(sym, TypeSym) and sym.template is None:
                return self._variant_type(args, e.span)
            if base == "List" and len(args) == 1:
                return T.ListType(args[0])
            if base == "Optional" and len(args) == 1:
                return T.OptionalType(args[0])
            if base == "Tuple":
                return T.TupleType(tuple(args))
            if base == "Some" and len(args) == 1:
                return args[0]
            self.error(f"'{base}' does not take these parameters", e.span)
            return T.UNKNOWN
        if isinstance(e, A.Attribute):
            return self.resolve_type(A.Name(e.attr_span, e.attr))
        if isinstance(e, A.FuncTypeExpr):
            return T.FuncType(tuple(self.resolve_type(p) for p in e.params),
                              self.resolve_type(e.ret) if e.ret is not None else T.NONE, e.raises)
        self.error("expected a type", e.span)
        return T.UNKNOWN

    def _note_legacy(self, name: str, sym: Any, span: Span) -> None:
        """A 2023 library name found above the globals (check/legacy2023.py): say its 1.2 spelling."""
        legacy = self.globals.parent
        if sym is not None and legacy is not None and legacy.names.get(name) is sym:
            legacy2023.library_name(self, name, span)

    def _unknown(self, name: str, span: Span, what: str = "declaration") -> None:
        candidates = self._scope.all_names() if hasattr(self, "_scope") else set(self.globals.names)
        if not name.startswith("_"):  # the stdlib's private helpers are no suggestion for user code
            candidates = {c for c in candidates if not c.startswith("_")}
        candidates.discard(name)  # a name whose declaration failed is no suggestion for itself
        close = difflib.get_close_matches(name, sorted(candidates), n=1, cutoff=0.7)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        home = next((m for (_, n), m in NOT_PRELUDE.items() if n == name), "") if not self.is_stdlib else ""
        if home is None:
            hint = ""
        elif home:
            hint = f"; did you mean to import it from '{home}'? Add 'from {home} import {name}'"
        self.error(f"use of unknown declaration '{name}'{hint}", span)

    # ------------------------------------------------------------------ functions
    def check_function(self, f: FuncInfo) -> None:
        d = f.decl
        assert d is not None
        ctx = FuncContext(f)
        scope = Scope(f.scope if f.scope is not None else self.globals)
        if f.owner is not None:
            scope.names["Self"] = TypeSym("Self", f.owner.ty)
            for name, c in f.owner.comptimes.items():
                scope.names.setdefault(name, c)
        saved = (getattr(self, "_ctx", None), getattr(self, "_scope", None), self._chain)
        self._ctx, self._scope = ctx, scope
        self._chain = getattr(f, "inst_chain", None) or getattr(f.owner, "inst_chain", ())
        self.poll()
        f.locals = []  # type: ignore[attr-defined]
        f.param_syms = []  # type: ignore[attr-defined]
        for p in f.params:
            mutable = p.convention in ("mut", "var", "out", "deinit")
            v = LocalVar(p.name, p.ty, p.span, mutable, by_ref=p.convention in ("mut", "ref"))
            if p.convention == "out":
                v.by_ref = False  # the constructor's result: a local slot returned at the end
            scope.names[p.name] = v
            f.param_syms.append(v)  # type: ignore[attr-defined]
            if p.convention != "out":
                ctx.inited.add(v)
        if f.name == "__init__" and f.owner is not None and not f.is_static:
            # `self` is usable once its fields are set; we do not track fields one by one.
            ctx.inited.add(f.param_syms[0])  # type: ignore[attr-defined]
        self.block(d.body, new_scope=False)
        if f.ret != T.NONE and f.ret != T.UNKNOWN and not _terminates(d.body) and not _has_out(f):
            self.error("return expected at end of function with results", d.name_span)
        f.checked = True
        self._ctx, self._scope, self._chain = saved

    def declare_local(self, name: str, ty: T.Type, span: Span, inited: bool) -> LocalVar:
        v = LocalVar(name, ty, span)
        self._scope.names[name] = v
        self._ctx.func.locals.append(v)  # type: ignore[attr-defined]
        if inited and self._ctx.inited is not None:
            self._ctx.inited.add(v)
        return v

    # ------------------------------------------------------------------ statements
    def block(self, body: list[A.Stmt], new_scope: bool = True) -> None:
        if new_scope:
            self._scope = Scope(self._scope)
        for s in body:
            self.stmt(s)
        if new_scope:
            assert self._scope.parent is not None
            self._scope = self._scope.parent

    def stmt(self, s: A.Stmt) -> None:
        self.poll()
        method = getattr(self, "stmt_" + type(s).__name__)
        method(s)

    def stmt_Pass(self, s: A.Pass) -> None:
        pass

    def stmt_Import(self, s: A.Import) -> None:
        self._import(s)

    def stmt_FuncDef(self, d: A.FuncDef) -> None:
        """A nested function: a closure over the enclosing function's variables. Captured variables
        become hidden trailing parameters (by reference for `imm`/`mut`, by value for `var`, whose
        value is copied where the closure is defined); calls pass them automatically."""
        default, explicit = d.captures if d.captures is not None else ("imm", {})
        # A 2023 `@parameter fn` closure captures by reference: it may update the variables it uses.
        by_ref = d.captures is None and any(isinstance(x, A.Name) and x.id == "parameter" for x in d.decorators)
        caps: dict[str, str] = {}
        if default is not None:
            for n in _free_names(d):
                outer = self._scope.lookup(n)
                if isinstance(outer, LocalVar) and n not in explicit:
                    caps[n] = "mut" if by_ref and outer.mutable else default
        caps.update(explicit)
        enclosing = self._scope
        if d.type_params:
            # `def body[width: Int](i: Int) {imm}:` a parametric closure: a template whose instances
            # (`body[4](i)`, or made by `vectorize`) all take the same captured variables, and see
            # the enclosing function's compile-time names (`comptime width = 8`).
            outer = Scope(self.globals)
            sc: Scope | None = enclosing
            while sc is not None and sc is not self.globals:
                for n, sym in sc.names.items():
                    if isinstance(sym, (GlobalConst, TypeSym)) and n not in outer.names:
                        outer.names[n] = sym
                sc = sc.parent
            info = FuncInfo(d.name, d, [], T.UNKNOWN, d.raises, "", None, False,
                            template=Template(self._template_params(d.type_params, enclosing), d, outer))
            self._scope = enclosing
        else:
            info = self._declare_function(d, None, scope=Scope(self.globals), instance_of=d)  # type: ignore[arg-type]
        self._scope = enclosing
        if info is None:
            return
        d.snapshots = []  # type: ignore[attr-defined]
        captured = []
        for name, conv in caps.items():
            outer = self._scope.lookup(name)
            if not isinstance(outer, LocalVar):
                self.error(f"cannot capture '{name}': it is not a variable of the enclosing function", d.name_span)
                continue
            source = outer
            if conv == "var":
                source = self.declare_local(self._hidden("snapshot"), outer.ty, d.name_span, True)
                d.snapshots.append((source, outer))  # type: ignore[attr-defined]
            captured.append(ParamInfo(name, outer.ty, {"mut": "mut", "var": "var"}.get(conv, "ref"),
                                      None, False, d.name_span, capture=source))
        if info.template is not None:
            info.closure_captures = captured  # type: ignore[attr-defined]
        else:
            info.params += captured
        self._scope.names[d.name] = OverloadSet(d.name, [info])

    def stmt_StructDef(self, s: A.StructDef) -> None:
        self.error("structs must be declared at the top level of a file", s.name_span)

    def stmt_TraitDef(self, s: A.TraitDef) -> None:
        self.error("traits must be declared at the top level of a file", s.name_span)

    def stmt_Comptime(self, s: A.Comptime) -> None:
        saved = self._ctx
        self._declare_comptime(s, self._scope)
        self._ctx = saved

    def stmt_VarDecl(self, s: A.VarDecl) -> None:
        if s.is_ref:
            return self._ref_decl(s)
        declared = self.resolve_type(s.type) if s.type is not None else None
        if len(s.names) > 1:
            if s.value is None:
                self.error("declaring several names needs a tuple value: 'var a, b = f()'", s.span)
                return
            s.value = self.expr(s.value)
            ty = s.value.ty
            if ty == T.UNKNOWN:
                elems: tuple[T.Type, ...] = (T.UNKNOWN,) * len(s.names)
            elif isinstance(ty, T.TupleType) and len(ty.elems) == len(s.names):
                elems = tuple(T.materialize(t) for t in ty.elems)
                if isinstance(s.value, A.TupleExpr):
                    s.value = self.coerce(s.value, T.TupleType(elems))
            else:
                self.error(f"cannot unpack a value of type '{ty}' into {len(s.names)} names", s.value.span)
                elems = (T.UNKNOWN,) * len(s.names)
            s.syms = [self.declare_local(n, t, sp, True) for n, t, sp in zip(s.names, elems, s.name_spans)]
            return
        if s.value is not None:
            value = self.expr(s.value, declared)
            if declared is not None:
                value = self.coerce(value, declared)
                ty = declared
            else:
                ty = T.materialize(value.ty)
                if ty == T.NONE:
                    self.error("cannot infer a type from 'None'; write 'var x: Optional[T] = None'", value.span)
                value = self.coerce(value, ty)
            self._note_copy(value)
            s.value = value
        else:
            if declared is None:
                self.error(f"'var {s.names[0]}' needs a type or a value", s.span)
                declared = T.UNKNOWN
            ty = declared
        if getattr(s, "session_global", False):
            # A cell's top-level `var`: a session variable that later cells see.
            v = LocalVar(s.names[0], ty, s.name_spans[0], global_name=self.llname("session." + s.names[0]))
            old = self.globals.names.get(s.names[0])
            if isinstance(old, LocalVar) and old.global_name is not None:
                s.replaces = old  # type: ignore[attr-defined]  # its value is destroyed (ir/builder.py)
            self.globals.names[s.names[0]] = v
            s.syms = [v]
            return
        s.syms = [self.declare_local(s.names[0], ty, s.name_spans[0], s.value is not None)]

    def _ref_decl(self, s: A.VarDecl) -> None:
        """`ref x = place`: x is another name for a variable, field or element (Mojo 1.2's ref binding)."""
        declared = self.resolve_type(s.type) if s.type is not None else None
        s.value = value = self.expr(s.value, declared)
        ty = value.ty
        if ty != T.UNKNOWN and not _is_lvalue(value):
            self.error(f"value of type '{T.materialize(ty)}' doesn't have a memory origin in 'ref' binding",
                       _call_paren(value))
            ty = T.UNKNOWN
        elif declared is not None and ty not in (declared, T.UNKNOWN):
            self.error(f"cannot bind a 'ref' of type '{declared}' to a value of type '{ty}'", value.span)
        v = self.declare_local(s.names[0], ty, s.name_spans[0], True)
        v.ref_binding = ty != T.UNKNOWN
        v.mutable = _root_is_mutable(value)
        s.syms = [v]

    def _note_copy(self, value: A.Expr) -> None:
        """Reading a variable of a non-copyable type into a new one needs `.copy()` or `^`."""
        if isinstance(value, A.Name) and isinstance(value.sym, LocalVar) and not T.copyable(value.ty) \
                and value.ty != T.UNKNOWN:
            self.error(f"'{value.ty}' is not implicitly copyable; write '{value.id}.copy()' to copy it or "
                       f"'{value.id}^' to move it", value.span)

    def stmt_Assign(self, s: A.Assign) -> None:
        tgt = s.target
        if isinstance(tgt, A.TupleExpr):
            value = self.expr(s.value)
            if value.ty != T.UNKNOWN and not (isinstance(value.ty, T.TupleType)
                                              and len(value.ty.elems) == len(tgt.elts)):
                self.error(f"cannot unpack a value of type '{value.ty}' into {len(tgt.elts)} targets", value.span)
                return
            tys = []
            for i, t in enumerate(tgt.elts):
                if isinstance(t, A.Name) and t.id == "_" and self._scope.lookup("_") is None:
                    # `a, _, c = t`: the element is discarded.
                    tty = T.materialize(value.ty.elems[i]) if isinstance(value.ty, T.TupleType) else T.UNKNOWN
                    t.ty = tty
                else:
                    tty = self.target(t)
                    if isinstance(t, A.Name) and isinstance(t.sym, LocalVar) and self._ctx.inited is not None:
                        self._ctx.inited.add(t.sym)  # assigned by the unpacking
                tys.append(tty)
            if isinstance(value, A.TupleExpr):
                value = self.coerce(value, T.TupleType(tuple(tys)))
            s.value = value
            tgt.ty = T.TupleType(tuple(tys))
            return
        if isinstance(tgt, A.Name) and tgt.id == "_":
            s.value = self.require_value(self.expr(s.value))
            tgt.ty = T.materialize(s.value.ty)
            return
        if isinstance(tgt, A.Name) and self._scope.lookup(tgt.id) is None and self._in_2023_code() and \
                self._ctx.func.decl is not None and not self._ctx.func.decl.is_fn:
            # `y = x + x` in a 2023 `def` declared y: the statement becomes `var y = x + x`.
            self.warn(f"'{tgt.id} = ...' declaring a new variable is the 2023 Mojo spelling; Mojo 1.2 writes "
                      f"'var {tgt.id} = ...'", tgt.span)
            legacy2023.as_declaration(s)
            return self.stmt_VarDecl(s)  # type: ignore[arg-type]
        if isinstance(tgt, A.Name) and self._scope.lookup(tgt.id) is None:
            self.error(f"implicit declaration of '{tgt.id}' is not allowed; add 'var' to declare a new name",
                       tgt.span, fixit=f"write 'var {tgt.id} = ...'")
            self.expr(s.value)
            return
        if isinstance(tgt, A.Subscript) and _variant_args(self.expr(tgt.value).ty) is not None:
            tgt = s.target = self._variant_subscript(tgt, tgt.value, tgt.value.ty)  # `v[Int] = 5`, in place
        if isinstance(tgt, A.Subscript):
            base = tgt.value = self.expr(tgt.value)  # `d[a][b] = v`: d[a] is checked into a __getitem__ call
            if isinstance(base.ty, T.StructType):
                self._struct_setitem(s, tgt)
                return
        if isinstance(tgt, A.Attribute):
            base = tgt.value = self.expr(tgt.value)
            if isinstance(base.ty, T.StructType) and tgt.attr not in base.ty.info.fields and \
                    "__setattr__" in base.ty.info.methods:
                python_interop.set_attribute(self, s, tgt)
                return
        tty = self.target(s.target)
        value = self.expr(s.value, tty)
        s.value = self.coerce(value, tty)
        self._note_copy(s.value)
        if isinstance(tgt, A.Name) and isinstance(tgt.sym, LocalVar) and self._ctx.inited is not None:
            self._ctx.inited.add(tgt.sym)

    def _struct_setitem(self, s: A.Assign, tgt: A.Subscript) -> None:
        info = tgt.value.ty.info
        ov = info.methods.get("__setitem__")
        if ov is None:
            self.error(f"'{info.name}' does not support item assignment (no '__setitem__')", tgt.span)
            return
        if any(f.self_convention == "mut" for f in ov.funcs):  # a view's (Span's) setter takes `self`
            self.require_mutable(tgt.value)
        if python_interop.is_python_object(tgt.value.ty):  # `__setitem__(self, *args, value)`
            indices = [python_interop.subscript_index(self, x) for x in tgt.indices]
            call = A.Call(tgt.span, A.Attribute(tgt.span, tgt.value, "__setitem__", tgt.span), indices,
                          [A.Keyword(s.value.span, "value", s.value)], tgt.span)
        else:
            call = A.Call(tgt.span, A.Attribute(tgt.span, tgt.value, "__setitem__", tgt.span),
                          list(tgt.indices) + [s.value], [], tgt.span)
        self.expr(call)
        s.target = call  # codegen: an Assign whose target is a Call is that setter call
        tgt.ty = T.NONE

    def target(self, t: A.Expr, what: str = "in assignment") -> T.Type:
        """Check an assignment target; returns its type."""
        if isinstance(t, A.Name):
            sym = self._scope.lookup(t.id)
            if sym is None:
                self.error(f"implicit declaration of '{t.id}' is not allowed; add 'var' to declare a new name",
                           t.span)
                return T.UNKNOWN
            t.sym = sym
            if not isinstance(sym, LocalVar):
                self.error(f"cannot assign to '{t.id}'", t.span)
                return T.UNKNOWN
            if not sym.mutable:
                self.error(f"expression must be mutable {what}", t.span,
                           fixit=f"declare the argument as 'mut {t.id}' or copy it into a 'var'")
            t.ty = sym.ty
            return sym.ty
        if t.ty is None:
            self.expr(t)
        self.require_mutable(t, what)
        return t.ty

    def require_mutable(self, e: A.Expr, what: str = "in assignment") -> None:
        root = e
        while isinstance(root, (A.Attribute, A.Subscript)):
            if isinstance(root, A.Subscript) and isinstance(root.value.ty, T.PointerType):
                return  # memory behind a pointer is written through the pointer, whoever holds it
            root = root.value
        if isinstance(root, A.Name) and isinstance(root.sym, LocalVar) and not root.sym.mutable:
            self.error(f"expression must be mutable {what}", e.span)

    def stmt_AugAssign(self, s: A.AugAssign) -> None:
        if isinstance(s.target, A.Subscript) and _variant_args(self.expr(s.target.value).ty) is not None:
            s.target = self._variant_subscript(s.target, s.target.value, s.target.value.ty)  # `v[String] += "!"`
        if isinstance(s.target, A.Subscript) and isinstance(self.expr(s.target.value).ty, T.StructType):
            # `d[k] += v` is `d[k] = d[k] + v` through __getitem__/__setitem__.
            read = A.Subscript(s.target.span, s.target.value, copy.deepcopy(s.target.indices), s.target.keywords)
            read.value = s.target.value
            assign = A.Assign(s.span, s.target, A.BinOp(s.span, s.op, read, s.value, s.op_span))
            self.stmt_Assign(assign)
            s.desugared = assign  # type: ignore[attr-defined]
            return
        tty = self.target(s.target, "for in-place operator destination")
        if tty == T.UNKNOWN:
            self.expr(s.value)
            return
        if isinstance(tty, T.StructType):
            dunder = "__i" + _ARITH_DUNDERS[s.op][2:]
            if dunder in tty.info.methods:
                s.call = self.method_call(s.target, tty.info, dunder, [s.value], s.op_span or s.span)
                return
        # `x op= v` is `x = x op v` with x evaluated once (codegen reuses the target's address).
        binop = A.BinOp(s.span, s.op, s.target, s.value, s.op_span)
        self.binop(binop, already_checked_left=True)
        s.value = self.coerce(binop, tty) if binop.ty != T.UNKNOWN else binop

    def stmt_ExprStmt(self, s: A.ExprStmt) -> None:
        if isinstance(s.expr, A.StrLit) and not getattr(s, "is_value", False):
            return  # docstring
        s.expr = self.expr(s.expr)
        if isinstance(s.expr, A.Name) and s.expr.id == "...":
            return
        s.expr = self.require_value(s.expr)
        if isinstance(s.expr, A.NoneLit):  # a statement `None` does nothing; codegen needs a value
            nothing = A.BoolLit(s.expr.span, False)
            nothing.ty, nothing.const = T.BOOL, False
            s.expr = nothing
            s.is_value = False  # type: ignore[attr-defined]  # a notebook cell ending in `None` shows nothing

    def cond(self, e: A.Expr) -> A.Expr:
        e = self.expr(e, T.BOOL)
        return self.to_bool(e)

    def to_bool(self, e: A.Expr) -> A.Expr:
        ty = e.ty
        if ty == T.BOOL or ty == T.UNKNOWN:
            return e
        if isinstance(ty, (T.OptionalType, T.ListType, T.IntType, T.FloatType)) or ty in (T.STRING, T.INT_LIT,
                                                                                       T.STR_LIT, T.FLOAT_LIT):
            c = A.Convert(e.span, e)
            c.ty = T.BOOL
            if e.const is not None:
                c.const = bool(e.const)
            return c
        if isinstance(ty, T.StructType) and "__bool__" in ty.info.methods:
            call = A.Call(e.span, A.Attribute(e.span, e, "__bool__", e.span), [], [], e.span)
            return self.expr(call)
        if isinstance(ty, T.PointerType):  # Mojo 1.2's message
            self.error("Pointer is non-null by design, so Bool(ptr) is not meaningful. To model a null pointer, "
                       "use `Optional[Pointer[...]]` and check with `Bool(opt_ptr)` / `!= None`.", e.span)
            return e
        self.error(f"'{ty}' cannot be used as a condition (it does not convert to Bool)", e.span)
        return e

    def _branch(self, body: list[A.Stmt], start: set[LocalVar] | None) -> set[LocalVar] | None:
        self._ctx.inited = set(start) if start is not None else None
        self.block(body)
        return None if _terminates(body) else self._ctx.inited

    @staticmethod
    def _meet(*states: set[LocalVar] | None) -> set[LocalVar] | None:
        live = [s for s in states if s is not None]
        if not live:
            return None  # every path left the block
        out = set(live[0])
        for s in live[1:]:
            out &= s
        return out

    def stmt_If(self, s: A.If) -> None:
        s.cond = self.cond(s.cond)
        if s.is_comptime:
            if s.cond.const is None:
                self.error("the condition of 'comptime if' must be known at compile time", s.cond.span)
            else:  # only the branch taken is checked (and instantiates anything), as in Mojo
                self._ctx.inited = self._branch(s.body if s.cond.const else s.orelse, self._ctx.inited)
                return
        start = self._ctx.inited
        a = self._branch(s.body, start)
        b = self._branch(s.orelse, start)
        self._ctx.inited = self._meet(a, b)

    def stmt_While(self, s: A.While) -> None:
        s.cond = self.cond(s.cond)
        start = self._ctx.inited
        self._ctx.loop_depth += 1
        self._ctx.break_states.append([])
        self._branch(s.body, start)
        breaks = self._ctx.break_states.pop()
        self._ctx.loop_depth -= 1
        infinite = s.cond.const is True
        exits = breaks + ([] if infinite else [start])
        self._ctx.inited = self._meet(*exits) if exits else None
        if s.orelse:
            self.block(s.orelse)

    def stmt_ComptimeAssert(self, s: A.ComptimeAssert) -> None:
        c = self.cond(s.cond)
        if c.const is None:
            self.error("the condition of 'comptime assert' must be known at compile time", s.cond.span)
        elif not c.const:
            msg = s.message.value if isinstance(s.message, A.StrLit) else "comptime assertion failed"
            self.error(f"comptime assert failed: {msg}", s.cond.span)

    def _comptime_values(self, it: A.Expr) -> list[Any] | None:
        if isinstance(it, A.Call) and it.target == ("range",) and all(a.const is not None for a in it.bound_args):
            try:
                r = range(*[int(a.const) for a in it.bound_args])
            except (ValueError, TypeError):  # range(0, 5, 0)
                return None
            if len(r) > limits.MAX_COMPTIME_FOR:
                return r  # too long: reported by the caller before anything is unrolled
            return list(r)
        if isinstance(it.const, tuple):
            return list(it.const)
        return None

    def stmt_For(self, s: A.For) -> None:
        if s.is_comptime:
            pristine = copy.deepcopy(s.body)
        it = self.expr(s.iter)
        from .builtins import bytes_iter, is_as_bytes
        if is_as_bytes(it):
            it = bytes_iter(it)
        if python_interop.is_python_object(it.ty):
            it = python_interop.iterate(self, it)
        elif isinstance(it.ty, T.StructType) and "__iter__" in it.ty.info.methods:
            it = self.method_call(it, it.ty.info, "__iter__", [], it.span)
        if isinstance(it.ty, T.StructType) and "__next__" in it.ty.info.methods:
            self._iterator_protocol(it)
        s.iter = it
        elem = self.iter_elem(it)
        if elem is None:
            if it.ty != T.UNKNOWN:
                self.error(f"'{it.ty}' is not iterable", it.span)
            elem = T.UNKNOWN
        if len(s.targets) > 1:
            if isinstance(elem, T.TupleType) and len(elem.elems) == len(s.targets):
                tys = list(elem.elems)
            else:
                if elem != T.UNKNOWN:
                    self.error(f"cannot unpack '{elem}' into {len(s.targets)} loop variables", s.target_spans[0])
                tys = [T.UNKNOWN] * len(s.targets)
        else:
            tys = [elem]
        start = self._ctx.inited
        if s.is_comptime:
            values = self._comptime_values(it)
            if values is None or len(s.targets) != 1:
                self.error("'comptime for' needs a range or a list known at compile time", it.span)
                return
            if len(values) > limits.MAX_COMPTIME_FOR or \
                    self._comptime_steps + len(values) > limits.MAX_COMPTIME_STEPS:
                what = (f"{len(values)} iterations (the compiler's limit is {limits.MAX_COMPTIME_FOR} per loop)"
                        if len(values) > limits.MAX_COMPTIME_FOR else
                        f"more than {limits.MAX_COMPTIME_STEPS} iterations in all, with the other 'comptime for' "
                        "loops of this compilation")
                self.limit_error("comptime for", f"'comptime for' would unroll {what}; use a plain 'for' loop",
                                 it.span, self._chain)
                return
            self._comptime_steps += len(values)
            for v in values:
                self.poll()
                if "comptime for" in self._limits_hit:  # an inner loop hit the limit: stop unrolling
                    break
                self._scope = Scope(self._scope)
                self._scope.names[s.targets[0]] = GlobalConst(s.targets[0], tys[0], s.target_spans[0], v)
                body = copy.deepcopy(pristine)
                self.block(body)
                s.unrolled.append(body)
                self._scope = self._scope.parent
            return
        self._scope = Scope(self._scope)
        s.syms = [self.declare_local(n, t, sp, True) for n, t, sp in zip(s.targets, tys, s.target_spans)]
        if isinstance(it.ty, T.ListType) and len(s.syms) == 1:
            # `for x in xs` reads each element in place (immutable), `for ref x` is the element
            # itself (writes change the list), `for var x` an owned copy.
            s.syms[0].mutable = s.binding == "var" or (s.binding == "ref" and _root_is_mutable(it))
            s.syms[0].ref_binding = s.binding == "ref"
            if s.binding == "var" and not T.copyable(tys[0]) and tys[0] != T.UNKNOWN:
                self.error(f"value of type '{tys[0]}' cannot be implicitly copied, it does not conform to "
                           "'ImplicitlyCopyable'", it.span, fixit="iterate with 'for ref' or copy each element "
                           "with '.copy()' inside the loop")
        self._ctx.loop_depth += 1
        self._ctx.break_states.append([])
        body_start = set(start) | set(s.syms) if start is not None else None
        self._branch(s.body, body_start)
        breaks = self._ctx.break_states.pop()
        self._ctx.loop_depth -= 1
        assert self._scope.parent is not None
        self._scope = self._scope.parent
        self._ctx.inited = self._meet(start, *breaks)
        if s.orelse:
            self.block(s.orelse)

    def _iterator_protocol(self, it: A.Expr) -> None:
        """`for x in it` over an iterator struct: `it.__next__()` until it raises StopIteration."""
        fn = self.require(it.ty.info.methods["__next__"].funcs[0])
        it.next_fn = fn  # type: ignore[attr-defined]  # ir/builder.py iterator_loop
        stops = isinstance(fn.error_type, T.StructType) and fn.error_type.info.name == "StopIteration"
        if fn.raises and not stops and self._ctx is not None and not self._ctx.can_raise:
            self.error("this iterator's '__next__' may raise an error other than StopIteration, in a context "
                       "that cannot raise", it.span)

    def iter_elem(self, it: A.Expr) -> T.Type | None:
        ty = it.ty
        if getattr(it, "next_fn", None) is not None:
            return T.materialize(it.next_fn.ret)
        if isinstance(ty, T.ListType):
            return ty.elem
        if isinstance(ty, T.IterType):
            return ty.elem
        if ty in (T.STRING, T.STR_LIT):
            self.error("a String is not iterable; iterate over 's.codepoints()' or 's.as_bytes()'", it.span)
            return T.UNKNOWN
        return None

    def _hidden(self, base: str) -> str:
        self._hidden_count = getattr(self, "_hidden_count", 0) + 1
        return f"__{base}{self._hidden_count}"

    def stmt_With(self, s: A.With) -> None:
        """`with m as x: body` runs as
            var mgr = m; var x = mgr.__enter__()
            try: body
            except e: (mgr.__exit__(e) decides whether to re-raise, or mgr.__exit__() and re-raise)
            finally: mgr.__exit__() unless the except clause already called it."""
        item, rest = s.items[0], s.items[1:]
        body = [A.With(s.span, rest, s.body)] if rest else s.body
        sp = item.span
        mgr_name, done_name, err_name = self._hidden("with"), self._hidden("done"), self._hidden("err")

        def name(n: str) -> A.Name:
            return A.Name(sp, n)

        def call(method: str, args: list[A.Expr]) -> A.Call:
            return A.Call(sp, A.Attribute(sp, name(mgr_name), method, sp), args, [], sp)

        mgr = self.expr(item.manager)
        out: list[A.Stmt] = [A.VarDecl(sp, [mgr_name], [sp], None, mgr)]
        info = mgr.ty.info if isinstance(mgr.ty, T.StructType) else None
        if info is None or "__enter__" not in info.methods or "__exit__" not in info.methods:
            if mgr.ty != T.UNKNOWN:
                self.error(f"'{mgr.ty}' cannot be used in 'with': it needs '__enter__' and '__exit__' methods",
                           item.manager.span)
            self.block(s.body)
            return
        enter = call("__enter__", [])
        if item.name:
            out.append(A.VarDecl(sp, [item.name], [sp], None, enter))
        else:
            out.append(A.ExprStmt(sp, enter))
        takes_error = any(len(f.params) == 2 for f in info.methods["__exit__"].funcs)
        handlers = []
        if self._ctx.can_raise:
            reraise = A.Raise(sp, name(err_name))
            if takes_error:
                on_error: list[A.Stmt] = [A.If(sp, A.UnaryOp(sp, "not", call("__exit__", [name(err_name)])),
                                               [reraise], [])]
            else:
                on_error = [A.ExprStmt(sp, call("__exit__", [])), reraise]
            handlers = [A.Handler(sp, err_name, None,
                                  [A.Assign(sp, name(done_name), A.BoolLit(sp, True))] + on_error)]
        out.append(A.VarDecl(sp, [done_name], [sp], None, A.BoolLit(sp, False)))
        out.append(A.Try(sp, body, handlers, [],
                         [A.If(sp, A.UnaryOp(sp, "not", name(done_name)), [A.ExprStmt(sp, call("__exit__", []))], [])]))
        s.desugared = out
        self._scope = Scope(self._scope)
        for st in out:
            self.stmt(st)
        self._scope = self._scope.parent

    def stmt_Match(self, s: A.Match) -> None:
        """`match v: case P: ...` runs as an if/elif chain over a hidden copy of v."""
        subj_name = self._hidden("match")
        sp = s.subject.span
        subject = self.expr(s.subject)
        chain: list[A.Stmt] = []
        for case in reversed(s.cases):
            conds: list[A.Expr] = []
            prelude: list[A.Stmt] = []
            wildcard = False
            for p in case.patterns:
                if p.kind == "wildcard":
                    wildcard = True
                elif p.kind == "value":
                    conds.append(A.Compare(p.span, A.Name(p.span, subj_name), ["=="], [p.value], [p.span]))
                elif p.kind == "none":
                    conds.append(A.UnaryOp(p.span, "not", A.Name(p.span, subj_name)))
                else:  # .Some(name)
                    conds.append(A.Name(p.span, subj_name))
                    prelude.append(A.VarDecl(p.span, [p.name], [p.span], None,
                                             A.Call(p.span, A.Attribute(p.span, A.Name(p.span, subj_name), "value",
                                                                        p.span), [], [], p.span)))
            body = prelude + case.body
            if wildcard:
                chain = body
                continue
            cond = conds[0]
            for c in conds[1:]:
                cond = A.BoolOp(case.span, "or", cond, c)
            chain = [A.If(case.span, cond, body, chain)]
        s.desugared = [A.VarDecl(sp, [subj_name], [sp], None, subject)] + chain
        self._scope = Scope(self._scope)
        for st in s.desugared:
            self.stmt(st)
        self._scope = self._scope.parent

    def expr_ListComp(self, e: A.ListComp, expected: T.Type | None) -> None:
        outer = self._scope
        self._comp_generators(e.generators)
        want = expected.elem if isinstance(expected, T.ListType) else None
        elt = self.expr(e.elt, want)
        ty = want or T.materialize(elt.ty)
        e.elt = self.coerce(elt, ty)
        self._scope = outer
        e.ty = T.ListType(ty) if ty != T.UNKNOWN else T.UNKNOWN

    def expr_SetDictComp(self, e: A.SetDictComp, expected: T.Type | None) -> None:
        """`{k for ...}` fills a hidden Set with `add`, `{k: v for ...}` a Dict with `__setitem__`."""
        outer = self._scope
        is_dict = e.value is not None
        self._comp_generators(e.generators)
        key = self.expr(e.key)
        value = self.expr(e.value) if e.value is not None else None
        params = [T.materialize(key.ty)] + ([T.materialize(value.ty)] if value is not None else [])
        if T.UNKNOWN in params:
            self._scope = outer
            e.ty = T.UNKNOWN
            return
        tmpl = self.modules["std.collections"].members["Dict" if is_dict else "Set"]
        ty = self.instantiate_struct(tmpl, params, e.span)
        if not isinstance(ty, T.StructType):
            self._scope = outer
            e.ty = T.UNKNOWN
            return
        acc_name = self._hidden("comp")
        e.acc = LocalVar(acc_name, ty, e.span)
        self._ctx.func.locals.append(e.acc)  # type: ignore[attr-defined]
        acc = A.Name(e.span, acc_name)
        acc.sym, acc.ty = e.acc, ty
        args = [self.coerce(key, params[0])] + ([self.coerce(value, params[1])] if value is not None else [])
        e.insert = self.method_call(acc, ty.info, "__setitem__" if is_dict else "add", args, e.span)
        self._scope = outer
        empties = []
        for p in params:
            lst = A.ListExpr(e.span, [])
            lst.ty = T.ListType(p)
            empties.append(lst)
        meta = A.Name(e.span, "<literal>")
        meta.ty = T.MetaType(ty)
        e.init = self.expr(A.Call(e.span, A.Attribute(e.span, meta, "_from_lists" if is_dict else "_from_list",
                                                      e.span), empties, [], e.span))
        e.ty = ty

    def _comp_generators(self, gens: list[A.Comprehension]) -> None:
        """Check a comprehension's `for ... in ... if ...` clauses, each opening a scope for its names."""
        for g in gens:
            g.iter = self.expr(g.iter)
            if isinstance(g.iter.ty, T.StructType) and "__iter__" in g.iter.ty.info.methods:
                g.iter = self.method_call(g.iter, g.iter.ty.info, "__iter__", [], g.iter.span)
            elem = self.iter_elem(g.iter) or T.UNKNOWN
            if len(g.targets) > 1:
                tys = list(elem.elems) if isinstance(elem, T.TupleType) and len(elem.elems) == len(g.targets) \
                    else [T.UNKNOWN] * len(g.targets)
            else:
                tys = [elem]
            self._scope = Scope(self._scope)
            g.syms = [self.declare_local(n, t, sp, True) for n, t, sp in zip(g.targets, tys, g.target_spans)]
            g.conds = [self.cond(c) for c in g.conds]

    def stmt_Break(self, s: A.Break) -> None:
        if self._ctx.loop_depth == 0:
            self.error("'break' outside a loop", s.span)
            return
        self._ctx.break_states[-1].append(set(self._ctx.inited) if self._ctx.inited is not None else None)
        self._ctx.inited = None

    def stmt_Continue(self, s: A.Continue) -> None:
        if self._ctx.loop_depth == 0:
            self.error("'continue' outside a loop", s.span)
        self._ctx.inited = None

    def stmt_Return(self, s: A.Return) -> None:
        f = self._ctx.func
        expected = f.ret if not (f.name == "__init__" and f.owner and not f.is_static) and not _has_out(f) \
            else T.NONE
        if s.value is None:
            if expected not in (T.NONE, T.UNKNOWN):
                self.error(f"missing return value: the function returns '{expected}'", s.span)
        else:
            if expected == T.NONE:
                s.value = self.expr(s.value)
                if s.value.ty == T.NONE and isinstance(s.value, A.Call):  # `return self.store(...)` (2023)
                    self.warn("returning the result of a call that returns nothing is the 2023 Mojo spelling; "
                              "Mojo 1.2 writes the call, then 'return'", s.value.span)
                else:
                    self.error("this function does not return a value; declare '-> Type' to return one",
                               s.value.span)
            else:
                v = self.expr(s.value, expected)
                s.value = self.coerce(v, expected)
        self._ctx.inited = None

    def stmt_Raise(self, s: A.Raise) -> None:
        if s.exc is None:
            self.error("a bare 'raise' is not supported; raise an Error value", s.span)
        else:
            e = self.expr(s.exc, T.ERROR)
            if e.ty in (T.STRING, T.STR_LIT):
                e = self.coerce(e, T.STRING)
                conv = A.Convert(e.span, e)
                conv.ty = T.ERROR
                e = conv
            elif isinstance(e.ty, T.StructType) and "write_to" in e.ty.info.methods:
                # A typed error (`raises MyError`), or one that becomes an Error of its text.
                if self._ctx.can_raise:
                    self._note_raise(e.ty, _call_paren(e), raising=True)
            elif e.ty not in (T.ERROR, T.UNKNOWN):
                self.error(f"cannot raise a value of type '{e.ty}'; raise an Error(...)", e.span)
            if e.ty == T.ERROR and self._ctx.can_raise:
                self._note_raise(T.ERROR, _call_paren(e), raising=True)
            s.exc = e
        if not self._ctx.can_raise:
            self.error("cannot raise an error in a function that is not declared 'raises'", s.span,
                       fixit=f"declare the function as 'def {self._ctx.func.name}(...) raises'")
        self._ctx.inited = None

    def stmt_Try(self, s: A.Try) -> None:
        start = self._ctx.inited
        if s.handlers:
            self._ctx.try_depth += 1
            self._ctx.error_cells.append([None])
        body_state = self._branch(s.body, start)
        if s.handlers:
            self._ctx.try_depth -= 1
            s.caught_type = self._ctx.error_cells.pop()[0] or T.ERROR  # `except e:` has the body's error type
        states = []
        if s.orelse:
            states.append(self._branch(s.orelse, body_state) if body_state is not None else None)
        else:
            states.append(body_state)
        for h in s.handlers:
            self._scope = Scope(self._scope)
            self._ctx.inited = set(start) if start is not None else None
            if h.name:
                h.sym = self.declare_local(h.name, s.caught_type, h.span, True)
            self.block(h.body)
            states.append(None if _terminates(h.body) else self._ctx.inited)
            assert self._scope.parent is not None
            self._scope = self._scope.parent
        after = self._meet(*states)
        if s.finalbody:
            self._ctx.inited = set(start) if start is not None else None
            self.block(s.finalbody)
            if after is not None and self._ctx.inited is not None:
                after |= self._ctx.inited
        self._ctx.inited = after

    # ------------------------------------------------------------------ expressions
    def expr(self, e: A.Expr, expected: T.Type | None = None) -> A.Expr:
        """Check e; returns e (or a replacement node) with `ty` set."""
        if e.ty is not None:
            return e
        method = getattr(self, "expr_" + type(e).__name__)
        result = method(e, expected)
        out = result if result is not None else e
        if out.ty is None:
            out.ty = T.UNKNOWN
        return out

    def expr_IntLit(self, e: A.IntLit, expected: T.Type | None) -> None:
        e.ty, e.const = T.INT_LIT, e.value

    def expr_FloatLit(self, e: A.FloatLit, expected: T.Type | None) -> None:
        e.ty, e.const = T.FLOAT_LIT, Fraction(e.text)

    def expr_StrLit(self, e: A.StrLit, expected: T.Type | None) -> None:
        e.ty, e.const = T.STR_LIT, e.value

    def expr_BoolLit(self, e: A.BoolLit, expected: T.Type | None) -> None:
        e.ty, e.const = T.BOOL, e.value

    def expr_NoneLit(self, e: A.NoneLit, expected: T.Type | None) -> None:
        e.ty = T.NONE

    def expr_Name(self, e: A.Name, expected: T.Type | None) -> None:
        sym = self._scope.lookup(e.id)
        self._note_legacy(e.id, sym, e.span)
        if sym is None:
            self._unknown(e.id, e.span)
            e.ty = T.UNKNOWN
            return
        e.sym = sym
        if isinstance(sym, LocalVar):
            e.ty = sym.ty
            if self._ctx is not None and self._ctx.inited is not None and sym not in self._ctx.inited \
                    and sym.global_name is None:
                # Reported where Mojo reports it: the call that uses the value, when there is one.
                span = getattr(self, "_call_lparen", None) or e.span
                self.error(f"use of uninitialized value '{e.id}'", span)
                self._ctx.inited.add(sym)  # report once
        elif isinstance(sym, GlobalConst):
            e.ty = sym.ty
            e.const = sym.value
        elif isinstance(sym, TypeSym):
            e.ty = T.MetaType(sym.ty) if sym.ty is not None else T.SimpleType("generic:" + sym.name)
        elif isinstance(sym, (OverloadSet, Builtin, ModuleSym)):
            e.ty = T.SimpleType("function" if not isinstance(sym, ModuleSym) else "module")
        else:
            e.ty = T.UNKNOWN

    def expr_FuncTypeExpr(self, e: A.FuncTypeExpr, expected: T.Type | None) -> None:
        self.error("a function type cannot be used as a value here", e.span)
        e.ty = T.UNKNOWN

    def expr_Transfer(self, e: A.Transfer, expected: T.Type | None) -> None:
        e.value = self.expr(e.value, expected)
        e.ty = e.value.ty
        if isinstance(e.value, A.Name) and isinstance(e.value.sym, LocalVar):
            if self._ctx.inited is not None:
                self._ctx.inited.discard(e.value.sym)
        elif e.value.ty != T.UNKNOWN and not isinstance(e.value, (A.Attribute, A.Subscript)):
            self.error("'^' transfers a variable; it needs a variable name on its left", e.span)

    def expr_Convert(self, e: A.Convert, expected: T.Type | None) -> None:
        raise AssertionError("Convert nodes are created checked")

    def expr_TupleExpr(self, e: A.TupleExpr, expected: T.Type | None) -> None:
        exp = expected.elems if isinstance(expected, T.TupleType) and len(expected.elems) == len(e.elts) else None
        e.elts = [self.require_value(self.expr(x, exp[i] if exp else None)) for i, x in enumerate(e.elts)]
        e.ty = T.TupleType(tuple(x.ty for x in e.elts))
        if _type_nodes(e.ty) > limits.MAX_TYPE_NODES:
            self.error(f"this tuple's type is too large for the compiler (more than {limits.MAX_TYPE_NODES} "
                       "nested types)", e.span)
            e.ty = T.UNKNOWN

    def expr_ListExpr(self, e: A.ListExpr, expected: T.Type | None) -> Any:
        if isinstance(expected, T.StructType) and "_from_list" in expected.info.methods:
            # `var a: Array[Int, 3] = [1, 2, 3]`: a library struct built from a List literal.
            fn = self.require(expected.info.methods["_from_list"].funcs[0])
            lst = A.ListExpr(e.span, e.elts)
            meta = A.Name(e.span, "<literal>")
            meta.ty = T.MetaType(expected)
            call = A.Call(e.span, A.Attribute(e.span, meta, "_from_list", e.span), [lst], [], e.span)
            lst.elts = [self.coerce(self.expr(x, fn.params[0].ty.elem), fn.params[0].ty.elem) for x in lst.elts]
            lst.ty = fn.params[0].ty
            return self.expr(call)
        if isinstance(expected, T.ListType):
            e.elts = [self.coerce(self.expr(x, expected.elem), expected.elem) for x in e.elts]
            e.ty = expected
            return
        elts = [self.expr(x) for x in e.elts]
        if not elts:
            self.error("cannot infer the element type of an empty list; write 'List[T]()'", e.span)
            e.ty = T.UNKNOWN
            return
        elem = self.unify([x.ty for x in elts], e.span)
        e.elts = [self.coerce(x, elem) for x in elts]
        e.ty = T.ListType(elem)
        if all(x.const is not None for x in e.elts) and not isinstance(elem, (T.ListType, T.StructType)):
            e.const = tuple(x.const for x in e.elts)  # usable by `comptime for` and comptime indexing

    def expr_DictExpr(self, e: A.DictExpr, expected: T.Type | None) -> Any:
        """`{k: v}` and `{a, b}` become Dict[K, V]._from_lists(...) and Set[T]._from_list(...)."""
        if python_interop.is_python_object(expected):
            return python_interop.dict_or_set_literal(self, e, expected)
        is_dict = e.values is not None
        tmpl = self.modules["std.collections"].members["Dict" if is_dict else "Set"]
        params: list[T.Type] | None = None
        if isinstance(expected, T.StructType) and expected.info.generic_instance and \
                expected.info.name.startswith("Dict[" if is_dict else "Set["):
            c = expected.info.comptimes
            params = [c["K"].ty, c["V"].ty] if is_dict else [c["T"].ty]
        keys = [self.expr(k, params[0] if params else None) for k in e.keys]
        values = [self.expr(v, params[1] if params else None) for v in e.values or []]
        if params is None:
            if not keys:
                self.error("cannot infer the types of an empty literal; write 'Dict[K, V]()'", e.span)
                return
            params = [self.unify([k.ty for k in keys], e.span)]
            if is_dict:
                params.append(self.unify([v.ty for v in values], e.span))
        ty = self.instantiate_struct(tmpl, params, e.span)
        lists = [A.ListExpr(e.span, keys)] + ([A.ListExpr(e.span, values)] if is_dict else [])
        for lst, p in zip(lists, params):
            lst.elts = [self.coerce(x, p) for x in lst.elts]
            lst.ty = T.ListType(p)
        meta = A.Name(e.span, "<literal>")
        meta.ty = T.MetaType(ty)
        call = A.Call(e.span, A.Attribute(e.span, meta, "_from_lists" if is_dict else "_from_list", e.span),
                      lists, [], e.span)
        return self.expr(call)

    def unify(self, tys: list[T.Type], span: Span) -> T.Type:
        if T.UNKNOWN in tys:
            return T.UNKNOWN
        concrete = [T.materialize(t) for t in tys if t not in T.LITERALS]
        if concrete:
            return concrete[0]
        if T.FLOAT_LIT in tys:
            return T.F64
        return T.materialize(tys[0])

    def expr_IfExp(self, e: A.IfExp, expected: T.Type | None) -> None:
        e.cond = self.cond(e.cond)
        a = self.expr(e.then, expected)
        b = self.expr(e.orelse, expected)
        ty = expected if expected is not None and expected != T.BOOL else self.unify([a.ty, b.ty], e.span)
        if a.ty == T.NONE or b.ty == T.NONE:
            other = b.ty if a.ty == T.NONE else a.ty
            ty = T.OptionalType(T.materialize(other)) if not isinstance(other, T.OptionalType) else other
        e.then = self.coerce(a, ty)
        e.orelse = self.coerce(b, ty)
        e.ty = ty

    def expr_BoolOp(self, e: A.BoolOp, expected: T.Type | None) -> None:
        e.left = self.to_bool(self.expr(e.left, T.BOOL))
        e.right = self.to_bool(self.expr(e.right, T.BOOL))
        e.ty = T.BOOL
        if e.left.const is not None and e.right.const is not None:
            e.const = (e.left.const and e.right.const) if e.op == "and" else (e.left.const or e.right.const)

    def expr_UnaryOp(self, e: A.UnaryOp, expected: T.Type | None) -> None:
        if e.op == "not":
            e.operand = self.to_bool(self.expr(e.operand, T.BOOL))
            e.ty = T.BOOL
            if e.operand.const is not None:
                e.const = not e.operand.const
            return
        e.operand = self.expr(e.operand, expected)
        ty = e.operand.ty
        if ty == T.UNKNOWN:
            e.ty = ty
            return
        if isinstance(ty, T.StructType):
            if _UNARY_DUNDERS[e.op] not in ty.info.methods:
                self.error(f"'{ty}' does not implement the '{_UNARY_DUNDERS[e.op]}' method", e.span)
                e.ty = T.UNKNOWN
                return
            e.call = self.method_call(e.operand, ty.info, _UNARY_DUNDERS[e.op], [], e.span)
            e.ty = e.call.ty
            return
        if e.op == "~" and isinstance(ty, T.OptionalType):  # Optional.__invert__: True when empty
            e.op, e.operand, e.ty = "not", self.to_bool(e.operand), T.BOOL
            return
        if e.op == "~" and not (T.is_int(ty) or ty == T.INT_LIT or ty == T.BOOL):
            self.error(f"'~' needs an integer, not '{ty}'", e.span)
        elif not (T.is_numeric(ty) or ty in (T.INT_LIT, T.FLOAT_LIT) or isinstance(ty, T.SimdType)):
            self.error(f"unary '{e.op}' is not defined for '{ty}'", e.span)
            e.ty = T.UNKNOWN
            return
        e.ty = ty
        c = e.operand.const
        if c is not None and ty in (T.INT_LIT, T.FLOAT_LIT):
            e.const = -c if e.op == "-" else (~c if e.op == "~" else c)
            if e.op == "-" and ty == T.FLOAT_LIT and c == 0:
                # Fractions have no signed zero; Mojo's `-0.0` is the IEEE negative zero.
                e.const = 0.0 if math.copysign(1.0, float(c)) < 0 else -0.0

    def expr_BinOp(self, e: A.BinOp, expected: T.Type | None) -> None:
        self.binop(e, expected=expected)

    def binop(self, e: A.BinOp, already_checked_left: bool = False, expected: T.Type | None = None) -> None:
        if not already_checked_left:
            e.left = self.expr(e.left)
        e.right = self.expr(e.right, T.materialize(e.left.ty) if e.left.ty not in T.LITERALS else None)
        lt, rt = e.left.ty, e.right.ty
        if T.UNKNOWN in (lt, rt):
            e.ty = T.UNKNOWN
            return
        op = e.op
        if simd.binop(self, e):
            return
        if isinstance(lt, T.ListType) and op in ("+", "*"):
            from .builtins import list_binop
            return list_binop(self, e)
        if isinstance(lt, T.PointerType) and pointers.binop(self, e):
            return
        if isinstance(lt, T.StructType) or isinstance(rt, T.StructType):
            info = lt.info if isinstance(lt, T.StructType) else None
            dunder = _ARITH_DUNDERS[op]
            if info is not None and dunder in info.methods:
                e.call = self.method_call(e.left, info, dunder, [e.right], e.op_span or e.span)
            elif isinstance(rt, T.StructType) and "__r" + dunder[2:] in rt.info.methods:
                e.call = self.method_call(e.right, rt.info, "__r" + dunder[2:], [e.left], e.op_span or e.span)
                e.call.reflected = True
            else:
                self.error(f"'{lt}' does not support '{op}' with '{rt}' (no '{dunder}' method)", e.span)
                e.ty = T.UNKNOWN
                return
            e.ty = e.call.ty
            return
        # Strings
        if lt in (T.STRING, T.STR_LIT) or rt in (T.STRING, T.STR_LIT):
            if op == "+" and lt in (T.STRING, T.STR_LIT) and rt in (T.STRING, T.STR_LIT):
                if lt == rt == T.STR_LIT:
                    if len(e.left.const) + len(e.right.const) > limits.MAX_CONST_STRING:
                        self.error(f"the compile-time string of this expression is too large (the compiler's "
                                   f"limit is {limits.MAX_CONST_STRING} bytes)", e.op_span or e.span)
                        e.ty = T.UNKNOWN
                        return
                    e.ty, e.const = T.STR_LIT, e.left.const + e.right.const
                    return
                e.left, e.right = self.coerce(e.left, T.STRING), self.coerce(e.right, T.STRING)
                e.ty = T.STRING
                return
            if op == "*" and lt in (T.STRING, T.STR_LIT) and (T.is_int(rt) or rt == T.INT_LIT):
                if lt == T.STR_LIT and rt == T.INT_LIT:
                    if len(e.left.const) * max(0, e.right.const) > limits.MAX_CONST_STRING:
                        self.error(f"the compile-time string of this expression is too large (the compiler's "
                                   f"limit is {limits.MAX_CONST_STRING} bytes)", e.op_span or e.span)
                        e.ty = T.UNKNOWN
                        return
                    e.ty, e.const = T.STR_LIT, e.left.const * max(0, e.right.const)
                    return
                e.left, e.right = self.coerce(e.left, T.STRING), self.coerce(e.right, T.INT)
                e.ty = T.STRING
                return
            self.error(f"cannot use '{op}' on '{T.display(lt, e.left.const)}' and '{T.display(rt, e.right.const)}'",
                       e.op_span or e.span)
            e.ty = T.UNKNOWN
            return
        if lt == T.BOOL and rt == T.BOOL and op in ("&", "|", "^"):
            e.ty = T.BOOL
            return
        # Numbers
        if not (T.is_numeric(lt) or lt in (T.INT_LIT, T.FLOAT_LIT)) or \
                not (T.is_numeric(rt) or rt in (T.INT_LIT, T.FLOAT_LIT)):
            self.error(f"cannot use '{op}' on '{lt}' and '{rt}'", e.op_span or e.span)
            e.ty = T.UNKNOWN
            return
        if lt in (T.INT_LIT, T.FLOAT_LIT) and rt in (T.INT_LIT, T.FLOAT_LIT):
            self._fold(e)
            return
        if lt in (T.INT_LIT, T.FLOAT_LIT):
            ty = rt
        elif rt in (T.INT_LIT, T.FLOAT_LIT) or lt == rt:
            ty = lt
        else:
            self.error(f"cannot use '{op}' on '{lt}' and '{rt}'; convert one side explicitly, e.g. '{rt}(x)'",
                       e.op_span or e.span)
            e.ty = T.UNKNOWN
            return
        if T.is_int(ty) and (lt == T.FLOAT_LIT or rt == T.FLOAT_LIT):
            self.error(f"cannot use '{op}' on '{lt if lt != T.FLOAT_LIT else 'FloatLiteral'}' and "
                       f"'{rt if rt != T.FLOAT_LIT else 'FloatLiteral'}'; convert the integer with Float64(...)",
                       e.op_span or e.span)
            e.ty = T.UNKNOWN
            return
        if op in ("&", "|", "^", "<<", ">>") and not T.is_int(ty):
            self.error(f"'{op}' needs integers, not '{ty}'", e.op_span or e.span)
            e.ty = T.UNKNOWN
            return
        e.left, e.right = self.coerce(e.left, ty), self.coerce(e.right, ty)
        e.ty = ty
        if isinstance(ty, T.IntType) and e.left.const is not None and e.right.const is not None \
                and not (op in ("/", "//", "%") and e.right.const == 0):
            folded = A.BinOp(e.span, op, e.left, e.right)
            folded.left.ty = folded.right.ty = T.INT_LIT
            if op == "**" and e.right.const >= 0:  # wraps like at run time: modular, any size
                folded.ty, folded.const = T.INT_LIT, pow(e.left.const, e.right.const, 1 << 256)
            elif op in ("<<", ">>") and not 0 <= e.right.const < ty.bits:
                folded.ty = None  # as at run time (never folded to a huge constant)
            else:
                self._fold(folded, quiet=True)
            if folded.ty == T.INT_LIT:  # integer arithmetic on constants, wrapped like at run time
                e.const = ty.wrap(folded.const)
            e.left.ty = e.right.ty = ty

    def _fold(self, e: A.BinOp, quiet: bool = False) -> None:
        """Exact compile-time arithmetic on literals (Mojo folds `0.1 + 0.2` to exactly 0.3).

        Values stay within limits.py's bounds: an operation whose result would not (`2 ** 2 ** 40`)
        is an error found before computing it. With `quiet` (folding typed integers, which may
        also be computed at run time) such an operation is left unfolded instead: `e.ty` is None."""
        a, b, op = e.left.const, e.right.const, e.op
        is_int = e.left.ty == T.INT_LIT and e.right.ty == T.INT_LIT

        def too_big(what: str) -> None:
            if quiet:
                e.ty = None
                return
            self.error(f"the compile-time value of this expression is too large ({what}; the compiler's "
                       f"limit is {limits.MAX_CONST_BITS} bits)", e.op_span or e.span)
            e.ty = T.UNKNOWN

        if isinstance(a, float) or isinstance(b, float):  # inf or nan from an earlier fold
            v = _ieee_fold(op, float(a), float(b))
            if v is None:
                self.error(f"'{op}' needs integers", e.op_span or e.span)
                e.ty = T.UNKNOWN
                return
            e.ty, e.const = T.FLOAT_LIT, v
            return
        try:
            if op == "+":
                v = a + b
            elif op == "-":
                v = a - b
            elif op == "*":
                v = a * b
            elif op == "/":
                is_int = False
                if b == 0:  # IEEE semantics, as at run time
                    v = float("nan") if a == 0 else (math.inf if a > 0 else -math.inf)
                else:
                    v = Fraction(a) / Fraction(b)
            elif op == "//":
                v = a // b if is_int else Fraction(a // b)
            elif op == "%":
                v = a % b
            elif op == "**":
                if is_int and b >= 0:
                    if abs(a) > 1 and (b > limits.MAX_CONST_BITS or
                                       b * (abs(a).bit_length() - 1) > limits.MAX_CONST_BITS):
                        return too_big(f"about {b * (abs(a).bit_length() - 1)} bits")
                    v = a ** b
                else:
                    v = _ieee_fold("**", _to_float(a), _to_float(b))
                    is_int = False
                    if v is not None and math.isfinite(v):
                        v = Fraction(v)
            elif op in ("<<", ">>") and is_int:
                if b < 0:
                    self.error(f"negative shift count {b} in a constant expression", e.op_span or e.span)
                    e.ty = T.UNKNOWN
                    return
                if op == "<<" and a != 0 and b > limits.MAX_CONST_BITS:
                    return too_big(f"{b} bits")
                v = a << b if op == "<<" else (a >> b if b <= limits.MAX_CONST_BITS else (-1 if a < 0 else 0))
            elif op in ("&", "|", "^") and is_int:
                v = {"&": a & b, "|": a | b, "^": a ^ b}[op]
            else:
                self.error(f"'{op}' needs integers", e.op_span or e.span)
                e.ty = T.UNKNOWN
                return
        except ZeroDivisionError:
            if quiet:
                e.ty = None
                return
            self.error("division by zero in a constant expression", e.span)
            e.ty = T.UNKNOWN
            return
        if limits.const_too_big(v):
            return too_big(f"{_bits(v)} bits")
        e.ty = T.INT_LIT if is_int else T.FLOAT_LIT
        e.const = v if is_int or isinstance(v, float) else Fraction(v)

    def expr_Compare(self, e: A.Compare, expected: T.Type | None) -> None:
        e.left = self.expr(e.left)
        operands = [e.left]
        for i, r in enumerate(e.comparators):
            prev = operands[-1].ty
            r = self.expr(r, T.materialize(prev) if prev not in T.LITERALS else None)
            operands.append(r)
        e.calls = []
        consts = []
        for i, op in enumerate(e.ops):
            a, b = operands[i], operands[i + 1]
            call, a2, b2, c = self.compare_pair(op, a, b, e.op_spans[i] if i < len(e.op_spans) else e.span)
            if call is not None and call[0] == "method" and call[1].ty not in (T.BOOL, T.UNKNOWN):
                if len(e.ops) == 1:  # `a < b` is what the dunder returns (a PythonObject, a mask)
                    return call[1]
                call = ("method", self.to_bool(call[1]))
            operands[i], operands[i + 1] = a2, b2
            e.calls.append(call)
            consts.append(c)
        e.left = operands[0]
        e.comparators = operands[1:]
        e.ty = T.BOOL
        if all(c is not None for c in consts):
            e.const = all(consts)

    def compare_pair(self, op: str, a: A.Expr, b: A.Expr, span: Span) -> tuple[Any, A.Expr, A.Expr, Any]:
        """Type one comparison; returns (call-or-kind, left, right, folded value)."""
        lt, rt = a.ty, b.ty
        if T.UNKNOWN in (lt, rt):
            return None, a, b, None
        if op in ("in", "not in"):
            if isinstance(rt, T.StructType) and "__contains__" in rt.info.methods:
                call = self.method_call(b, rt.info, "__contains__", [a], span)
                return ("method_not" if op == "not in" else "method", call), a, b, None
            if isinstance(rt, T.ListType):
                if isinstance(rt.elem, T.StructType):
                    self.require_method(rt.elem.info, "__eq__")
                return ("list_in", op == "not in"), self.coerce(a, rt.elem), b, None
            if rt in (T.STRING, T.STR_LIT) and lt in (T.STRING, T.STR_LIT):
                return ("str_in", op == "not in"), self.coerce(a, T.STRING), self.coerce(b, T.STRING), None
            if isinstance(rt, T.TupleType):
                from .builtins import tuple_contains
                test = tuple_contains(self, a, b, span)
                if test is not None:
                    return ("method_not" if op == "not in" else "method", test), a, b, None
                return None, a, b, None
            self.error(f"'{rt}' does not support 'in'", span)
            return None, a, b, None
        if op in ("is", "is not"):
            dunder = "__is__" if op == "is" else "__isnot__"
            if isinstance(lt, T.StructType) and dunder in lt.info.methods:  # PythonObject identity
                return ("method", self.method_call(a, lt.info, dunder, [b], span)), a, b, None
            if rt == T.NONE and isinstance(lt, T.OptionalType):
                return ("opt_is_none", op == "is not"), a, b, None
            self.error("'is' compares with None only: write 'x is None' for an Optional", span)
            return None, a, b, None
        if isinstance(lt, T.OptionalType) and op in ("==", "!=") and rt != T.NONE and self.convertible(b, lt):
            from .builtins import _std_call
            call = _std_call(self, span, "_opt_eq", [a, self.coerce(b, lt)])
            return ("method_not" if op == "!=" else "method", call), a, b, None
        if isinstance(lt, T.ListType) and op in ("==", "!=") and self.convertible(b, lt):
            from .builtins import list_eq
            return ("method_not" if op == "!=" else "method", list_eq(self, a, self.coerce(b, lt), span)), a, b, None
        if isinstance(lt, T.StructType):
            dunder = _CMP_DUNDERS[op]
            if dunder in lt.info.methods:
                call = self.method_call(a, lt.info, dunder, [b], span)
                return ("method", call), a, b, None
            if op == "!=" and "__eq__" in lt.info.methods:
                call = self.method_call(a, lt.info, "__eq__", [b], span)
                return ("method_not", call), a, b, None
            if op in (">", ">=") and _CMP_DUNDERS["<" if op == ">" else "<="] in lt.info.methods:
                call = self.method_call(b, lt.info, _CMP_DUNDERS["<" if op == ">" else "<="], [a], span)
                return ("method", call), a, b, None
            self.error(f"'{lt}' does not support '{op}' (no '{dunder}' method)", span)
            return None, a, b, None
        if isinstance(lt, T.OptionalType) and rt == T.NONE:
            return ("opt_is_none", op == "!="), a, b, None
        if lt in (T.STRING, T.STR_LIT) and rt in (T.STRING, T.STR_LIT):
            if lt == rt == T.STR_LIT:
                return ("str", op), a, b, _py_compare(op, a.const, b.const)
            return ("str", op), self.coerce(a, T.STRING), self.coerce(b, T.STRING), None
        nums = (T.INT_LIT, T.FLOAT_LIT)
        if (T.is_numeric(lt) or lt in nums or lt == T.BOOL) and (T.is_numeric(rt) or rt in nums or rt == T.BOOL):
            if lt in nums and rt in nums:
                return ("num", op), a, b, _py_compare(op, a.const, b.const)
            ty = rt if lt in nums else lt
            if lt not in nums and rt not in nums and lt != rt:
                self.error(f"cannot compare '{lt}' with '{rt}'; convert one side explicitly", span)
                return None, a, b, None
            if T.is_int(ty) and T.FLOAT_LIT in (lt, rt):
                self.error(f"cannot compare '{ty}' with a float literal; convert with Float64(...)", span)
                return None, a, b, None
            if ty == T.BOOL and op not in ("==", "!="):
                self.error("Bool values support only '==' and '!='", span)
            a, b = self.coerce(a, ty), self.coerce(b, ty)
            known = a.const is not None and b.const is not None  # e.g. a compile-time parameter
            return ("num", op), a, b, _py_compare(op, a.const, b.const) if known else None
        if lt == rt == T.CODEPOINT:  # compared by their scalar values
            ca, cb = A.Convert(a.span, a), A.Convert(b.span, b)
            ca.ty = cb.ty = T.INT_TYPES["UInt32"]
            return ("num", op), ca, cb, None
        if isinstance(lt, T.TupleType) and isinstance(rt, T.TupleType) and op in ("<", "<=", ">", ">="):
            from .builtins import tuple_order
            test = tuple_order(self, a, b, op, span)
            return (("method", test), a, b, None) if test is not None else (None, a, b, None)
        if isinstance(lt, T.TupleType) and lt == rt and op in ("==", "!="):
            return ("tuple", op), a, b, None
        if isinstance(lt, T.PointerType) and isinstance(rt, T.PointerType):
            return ("num", op), a, b, None  # addresses, compared unsigned
        self.error(f"cannot compare '{lt}' with '{rt}'", span)
        return None, a, b, None

    def expr_Attribute(self, e: A.Attribute, expected: T.Type | None) -> None:
        if simd.dtype_attribute(self, e):
            return
        base = e.value
        if isinstance(base, A.Name):
            sym = self._scope.lookup(base.id)
            if isinstance(sym, ModuleSym):
                member = sym.members.get(e.attr)
                if member is None:
                    self.error(f"module '{sym.name}' has no member '{e.attr}'", e.attr_span)
                    e.ty = T.UNKNOWN
                    return
                replacement = A.Name(e.span, e.attr)
                self._scope = Scope(self._scope)
                self._scope.names[e.attr] = member
                out = self.expr(replacement, expected)
                self._scope = self._scope.parent
                return out
        base = e.value = self.expr(e.value)
        ty = base.ty
        if ty == T.UNKNOWN:
            return
        if isinstance(ty, T.MetaType):
            return self._type_attribute(e, ty.of)
        if isinstance(ty, T.SimdType) and e.attr == "size":  # `v.size` (2023)
            self.warn("'.size' of a SIMD value is the 2023 Mojo spelling; Mojo 1.2 knows the width from "
                      "its type", e.attr_span)
            e.ty, e.const = T.INT, ty.width
            return
        if isinstance(ty, T.StructType):
            fld = ty.info.fields.get(e.attr)
            if fld is not None:
                e.ty = fld[1]
                return
            if e.attr in ty.info.methods or e.attr == "copy":
                e.ty = T.SimpleType("method")
                return
            if "__getattr__" in ty.info.methods:  # dynamic attributes (PythonObject)
                return python_interop.get_attribute(self, e)
            self.error(f"'{ty}' value has no attribute '{e.attr}'", _dot(e.attr_span))
            e.ty = T.UNKNOWN
            return
        self.error(f"'{ty}' value has no attribute '{e.attr}'", _dot(e.attr_span))

    def _type_attribute(self, e: A.Attribute, ty: T.Type) -> None:
        if isinstance(ty, T.IntType) and e.attr in ("MAX", "MIN", "MAX_FINITE", "MIN_FINITE"):
            e.ty, e.const = ty, ty.max if e.attr.startswith("MAX") else ty.min
            return
        if isinstance(ty, T.FloatType) and e.attr in ("MAX", "MIN", "MAX_FINITE", "MIN_FINITE"):
            # MAX/MIN are the infinities (Mojo's max_or_inf), the _FINITE ones the largest finite value.
            big = {16: 65504.0, 32: 3.4028234663852886e38}.get(ty.bits, 1.7976931348623157e308)
            v: Any = float("inf") if e.attr in ("MAX", "MIN") else Fraction(big)
            e.ty, e.const = ty, (v if e.attr.startswith("MAX") else -v)
            return
        if isinstance(ty, T.StructType):
            c = ty.info.comptimes.get(e.attr)
            if isinstance(c, TypeSym):
                e.ty = T.MetaType(c.ty)
                return
            if c is not None:
                e.ty, e.const = c.ty, c.value
                return
            if e.attr in ty.info.methods:
                e.ty = T.SimpleType("method")
                return
        self.error(f"'{ty}' has no attribute '{e.attr}'", _dot(e.attr_span))
        e.ty = T.UNKNOWN

    def expr_Subscript(self, e: A.Subscript, expected: T.Type | None) -> Any:
        base = e.value = self.expr(e.value)
        ty = base.ty
        if ty == T.UNKNOWN:
            for i, x in enumerate(e.indices):
                e.indices[i] = self.expr(x)
            return
        if isinstance(ty, (T.MetaType, T.SimpleType)) and (isinstance(ty, T.MetaType) or ty.name.startswith("generic:")):
            e.ty = T.MetaType(self.resolve_type(e))
            return
        if T.is_numeric(ty) and ty not in (T.INT, T.UINT) and len(e.indices) == 1 and not e.keywords:
            # A scalar is SIMD of width 1: `x[0]` is x (generic SIMD code at width 1).
            idx = self.expr(e.indices[0], T.INT)
            if idx.const != 0:
                self.error(f"lane index out of range: '{ty}' has one lane (index 0)", idx.span)
            return base
        if simd.subscript(self, e):
            return
        if pointers.is_span(ty):
            r = pointers.span_subscript(self, e)
            if r is not None:
                return r
        if isinstance(ty, T.StructType) and not e.indices and not e.keywords:
            r = pointers.smart_deref(self, e)  # OwnedPointer, ArcPointer
            if r is not None:
                return r
        if isinstance(ty, T.OptionalType) and not e.indices and not e.keywords:
            from .builtins import _std_call
            return _std_call(self, e.span, "_opt_getitem", [base])  # `opt[]`: the value, or raises
        if isinstance(ty, T.PointerType):
            return pointers.subscript(self, e, ty)
        if isinstance(ty, T.ListType):
            if len(e.indices) == 1 and not e.keywords and isinstance(e.indices[0], A.Call) and \
                    isinstance(e.indices[0].func, A.Name) and e.indices[0].func.id == "slice":
                from .builtins import _std_call, slice_bounds
                return _std_call(self, e.span, "_list_slice", [base, *slice_bounds(self, e.indices[0])])
            if e.keywords or len(e.indices) != 1:
                self.error("a List takes one index", e.span)
                return
            idx = self.expr(e.indices[0], T.INT)
            if idx.const is not None and isinstance(idx.const, int) and idx.const < 0:
                self.error("negative indices are not allowed in Mojo 1.2; write 'xs[len(xs) - 1]'", idx.span)
            e.indices[0] = self.coerce(idx, T.INT)
            e.ty = ty.elem
            return
        if isinstance(ty, T.TupleType):
            if e.keywords or len(e.indices) != 1:
                self.error("a Tuple takes one index", e.span)
                return
            idx = self.expr(e.indices[0])
            if not isinstance(idx.const, int) or not 0 <= idx.const < len(ty.elems):
                self.error(f"tuple index must be a constant between 0 and {len(ty.elems) - 1}", idx.span)
                return
            e.indices[0] = idx
            e.ty = ty.elems[idx.const]
            return
        if _variant_args(ty) is not None and len(e.indices) == 1 and not e.keywords:
            return self._variant_subscript(e, base, ty)
        if ty in (T.STRING, T.STR_LIT):
            kw = {k.name: k for k in e.keywords}
            if "byte" in kw and not e.indices:
                v = kw["byte"].value
                if isinstance(v, A.Call) and isinstance(v.func, A.Name) and v.func.id == "slice":
                    parts = [self.expr(x, T.INT) for x in v.args]
                    e.indices = [self.coerce(x, T.INT) if x.ty != T.NONE else x for x in parts]
                    e.keywords = []
                    e.call = "str_slice"
                else:
                    e.indices = [self.coerce(self.expr(v, T.INT), T.INT)]
                    e.keywords = []
                    e.call = "str_byte"
                    if isinstance(e.indices[0].const, int) and e.indices[0].const < 0:
                        self._negative_byte_index(e)
                e.value = self.coerce(base, T.STRING)
                e.ty = T.STRING
                return
            if "codepoint" in kw and not e.indices:
                from .builtins import string_codepoint_index
                return string_codepoint_index(self, e, base, kw["codepoint"].value)
            if "grapheme" in kw and not e.indices:
                from .builtins import string_grapheme_index
                return string_grapheme_index(self, e, base, kw["grapheme"].value)
            self.error("Strings are not indexed by position in Mojo 1.2; use 's[byte=i]'", e.span)
            return
        if isinstance(ty, T.StructType):
            if python_interop.is_python_object(ty):
                e.indices = [python_interop.subscript_index(self, x) for x in e.indices]
            v = base.span  # the call's '(' is the '[' (where Mojo reports a raising `d[k]`)
            call = A.Call(e.span, A.Attribute(e.span, base, "__getitem__", e.span), e.indices, e.keywords,
                          Span(v.file, v.end_line, v.end_col, v.end_line, v.end_col + 1))
            return self.expr(call, expected)
        self.error(f"'{ty}' is not subscriptable", e.span)

    # ------------------------------------------------------------------ conversions
    def coerce(self, e: A.Expr, target: T.Type) -> A.Expr:
        """Implicitly convert e to target (Mojo's implicit conversions only), or report why not."""
        src = e.ty
        if _not_a_value(src) and not isinstance(target, T.FuncType):
            return self.require_value(e)
        if src == target or target == T.UNKNOWN or src == T.UNKNOWN:
            return e
        ok = self.convertible(e, target)
        if not ok:
            if isinstance(target, T.FuncType) and isinstance(e, A.Name) and isinstance(e.sym, OverloadSet):
                self.error(f"'{e.id}' does not match the function type '{target}' (closures that capture "
                           "variables cannot be passed as values)", e.span)
                return e
            self.error(f"cannot implicitly convert '{T.display(src, e.const)}' value to '{target}'", e.span)
            return e
        if isinstance(target, T.FuncType):
            e.const = self._function_value(e, target)  # a compile-time constant: the function itself
            e.ty = target
            return e
        if isinstance(target, T.SimdType) and not isinstance(src, T.SimdType):
            return simd.broadcast(self, e, target)  # `SIMD[D, w]` from a scalar: every lane gets it
        if isinstance(target, T.StructType):
            return self._implicit_construct(e, target)
        if e.const is not None and src in T.LITERALS and not isinstance(target, T.OptionalType):
            # Literals take the target type directly; codegen emits the constant.
            if isinstance(target, T.IntType):
                e.const = target.wrap(int(e.const))
            elif isinstance(target, T.FloatType) and not isinstance(e.const, float):
                e.const = Fraction(e.const)
            e.ty = target
            return e
        if isinstance(e, A.TupleExpr) and isinstance(target, T.TupleType):
            e.elts = [self.coerce(x, t) for x, t in zip(e.elts, target.elems)]
            e.ty = target
            return e
        if isinstance(target, T.OptionalType) and src != T.NONE:
            e = self.coerce(e, target.elem)
        c = A.Convert(e.span, e)
        c.ty = target
        return c

    def _function_value(self, e: A.Expr, target: T.FuncType) -> FuncInfo | None:
        """The function a name denotes, if it fits the function type `target`."""
        sym = e.sym if isinstance(e, A.Name) else None
        if isinstance(sym, GlobalConst) and isinstance(sym.value, FuncInfo):
            return sym.value
        if not isinstance(sym, OverloadSet):
            return None
        for f in sym.funcs:
            if f.template is None and not any(p.capture is not None for p in f.params) and \
                    tuple(p.ty for p in f.params) == target.params and f.ret == target.ret and \
                    (f.raises <= target.raises):
                return f
        return None

    def convertible(self, e: A.Expr, target: T.Type) -> bool:
        src = e.ty
        if src == target:
            return True
        if isinstance(target, T.FuncType):
            return self._function_value(e, target) is not None
        if isinstance(target, T.StructType):
            return bool(self._implicit_ctors(e, target))
        if isinstance(target, T.SimdType) and (src in (T.INT_LIT, T.FLOAT_LIT) or src == target.elem):
            return self.convertible(e, target.elem)  # Mojo's implicit SIMD(scalar): a splat
        if src == T.INT_LIT:
            return isinstance(target, (T.IntType, T.FloatType)) or \
                (isinstance(target, T.OptionalType) and self.convertible(e, target.elem))
        if src == T.FLOAT_LIT:
            return isinstance(target, T.FloatType) or \
                (isinstance(target, T.OptionalType) and isinstance(target.elem, T.FloatType))
        if src == T.STR_LIT:
            return target == T.STRING or target == T.OptionalType(T.STRING)
        if isinstance(target, T.OptionalType):
            return src == T.NONE or src == target.elem or self.convertible(e, target.elem)
        if isinstance(src, T.TupleType) and isinstance(target, T.TupleType) and len(src.elems) == len(target.elems):
            if isinstance(e, A.TupleExpr):
                return all(self.convertible(x, t) for x, t in zip(e.elts, target.elems))
            return all(a == b or T.materialize(a) == b for a, b in zip(src.elems, target.elems))
        if src == T.BOOL and target == T.BOOL:
            return True
        if isinstance(src, T.IntType) and isinstance(target, (T.FloatType, T.SimdType)) and self._in_2023_code():
            return True  # 2023: SIMD and the float types converted from Int implicitly
        return False

    dialect_2023 = False  # the module being checked uses 2023 spellings (the parser saw them)

    def _in_2023_code(self) -> bool:
        return self.dialect_2023 and self._ctx is not None and not self.is_stdlib_func(self._ctx.func)

    # `@implicit` constructors: `var m: Meters = 4`, `walk(2.5)`, `return 5` call `Meters(...)` as Mojo
    # does; one conversion at most (the constructor's argument is not converted implicitly again).
    _converting_implicitly = False

    def _implicit_ctors(self, e: A.Expr, target: T.StructType) -> list[FuncInfo]:
        init = target.info.methods.get("__init__")
        if init is None or self._converting_implicitly:
            return []
        out = []
        self._converting_implicitly = True
        try:
            for fn in init.funcs:
                if fn.decl is None or \
                        not any(isinstance(d, A.Name) and d.id == "implicit" for d in fn.decl.decorators):
                    continue
                probe = A.Call(e.span, A.Name(e.span, target.info.name), [e], [], e.span)
                if fn.template is not None:
                    # A generic one (Variant's `__init__[T](var value: T)`) only for one of its types.
                    if T.materialize(e.ty) not in (_variant_args(target) or ()):
                        continue
                    fn = self.instantiate_for_call(fn, probe, True, None)
                    if fn is None:
                        continue
                if self._match_score(probe, fn, True) is not None:
                    out.append(fn)
        finally:
            self._converting_implicitly = False
        return out

    def _implicit_construct(self, e: A.Expr, target: T.StructType) -> A.Expr:
        call = A.Call(e.span, A.Name(e.span, target.info.name), [e], [], e.span)
        ctors = self._implicit_ctors(e, target)
        self._converting_implicitly = True
        try:
            self.call_overloads(call, ctors, None, e.span, ctor=target.info)
        finally:
            self._converting_implicitly = False
        call.ty = target
        return call

    # ------------------------------------------------------------------ calls
    def expr_Call(self, e: A.Call, expected: T.Type | None) -> Any:
        f = e.func
        if isinstance(f, A.Attribute):
            # Method call or module member: check the receiver first.
            mod = self._module_of(f.value)
            if mod is not None and f.attr in mod.members and not isinstance(mod.members[f.attr], ModuleSym):
                # `math.sqrt(x)`, `std.math.sqrt(x)`, `time.sleep(1)` after `import std.time as time`:
                # the member is called as if imported by name.
                self._scope = Scope(self._scope)
                self._scope.names[f.attr] = mod.members[f.attr]
                e.func = A.Name(f.attr_span, f.attr)
                try:
                    return self.expr_Call(e, expected)
                finally:
                    self._scope = self._scope.parent
            if isinstance(f.value, A.Name) and isinstance(self._scope.lookup(f.value.id), ModuleSym):
                e.func = f = self.expr(f)
            else:
                f.value = self.expr(f.value)
                rty = f.value.ty
                if rty == T.UNKNOWN:
                    self._check_args_loosely(e)
                    return
                if isinstance(rty, T.MetaType):
                    if isinstance(rty.of, T.PointerType):
                        legacy = legacy2023.pointer_static(self, e, rty.of, f.attr)  # `Pointer[T].alloc(n)`
                        if legacy is not None:
                            return legacy
                    if f.attr == "splat" and isinstance(rty.of, T.SimdType) and len(e.args) == 1:
                        # `SIMD[DType.f32, 4].splat(x)` (2023): Mojo 1.2 writes `SIMD[DType.float32, 4](x)`.
                        self.warn("'SIMD.splat(x)' is the 2023 Mojo spelling; Mojo 1.2 writes 'SIMD[...](x)'",
                                  f.attr_span)
                        return self.construct(e, rty.of, expected)
                    if f.attr == "dict" and e.keywords and python_interop.is_python_module(rty.of):
                        return python_interop.keyword_dict(self, e, rty.of)
                    if isinstance(rty.of, T.StructType) and f.attr in rty.of.info.methods:
                        funcs = rty.of.info.methods[f.attr].funcs
                        if f.attr != "__init__" and not any(fn.is_static for fn in funcs):
                            self.error(f"'{f.attr}' is not a static method of '{rty.of}': call it on a value "
                                       f"('x.{f.attr}(...)') or mark it '@staticmethod'", f.attr_span)
                            self._check_args_loosely(e)
                            return
                        return self.call_overloads(e, funcs, None, f.attr_span)
                    from .builtins import builtin_static
                    static = builtin_static(self, e, rty.of, f.attr)
                    if static is not NotImplemented:
                        return static
                    self.error(f"'{rty.of}' has no attribute '{f.attr}'", _dot(f.attr_span))
                    self._check_args_loosely(e)
                    return
                if isinstance(rty, T.StructType):
                    info = rty.info
                    if f.attr == "write" and "_write_strings" in info.methods and "write" not in info.methods:
                        # A library Writer (FileHandle): `f.write(a, b, ...)` writes String(a), String(b), ...
                        from .builtins import _as_string
                        parts = A.ListExpr(e.span, [_as_string(self, self.expr(a)) for a in e.args])
                        parts.ty = T.ListType(T.STRING)
                        call = A.Call(e.span, A.Attribute(e.span, f.value, "_write_strings", f.attr_span), [parts], [],
                                      e.lparen)
                        self.call_overloads(call, info.methods["_write_strings"].funcs, f.value, f.attr_span)
                        return call
                    if f.attr in info.methods:
                        funcs = info.methods[f.attr].funcs
                        return self.call_overloads(e, funcs, f.value, f.attr_span)
                    if python_interop.is_python_object(rty) and f.attr != "copy":
                        return python_interop.method_call(self, e, f.value, f.attr, f.attr_span)
                    if f.attr == "copy" and not e.args:
                        if not info.copyable:
                            self.error(f"'{info.name}' is not Copyable; add 'Copyable' to its traits", f.attr_span)
                        e.target, e.bound_args, e.ty = ("copy",), [f.value], rty
                        return
                    if f.attr in info.fields:
                        self.error(f"'{info.name}.{f.attr}' is a field, not a method", f.attr_span)
                    else:
                        self.error(f"'{info.name}' value has no attribute '{f.attr}'", _dot(f.attr_span))
                    self._check_args_loosely(e)
                    return
                from .builtins import builtin_method
                return builtin_method(self, e, f.value, f.attr)
        if isinstance(f, A.Name):
            sym = self._scope.lookup(f.id)
            self._note_legacy(f.id, sym, f.span)
            if sym is None:
                self._unknown(f.id, f.span)
                self._check_args_loosely(e)
                return
            f.sym = sym
            if isinstance(sym, OverloadSet):
                return self.call_overloads(e, sym.funcs, None, f.span)
            if isinstance(sym, GlobalConst) and isinstance(sym.value, FuncInfo):  # a function parameter
                return self.call_overloads(e, [sym.value], None, f.span)
            if isinstance(sym, GlobalConst) and isinstance(sym.ty, T.MetaType):  # `comptime C = P[Int]`; `C(3)`
                return self.construct(e, sym.ty.of, expected)
            if isinstance(sym, LocalVar) and isinstance(sym.ty, T.FuncType):
                return self._call_function_value(e, f, sym.ty)
            if isinstance(sym, LocalVar) and python_interop.is_python_object(sym.ty):
                return python_interop.call_value(self, e, self.expr(f))
            if isinstance(sym, Builtin) and sym.name == "debug_assert":
                return self._debug_assert(e)
            if isinstance(sym, Builtin):
                from .builtins import builtin_call
                return builtin_call(self, e, sym.name, expected)
            if isinstance(sym, TypeSym) and sym.name in pointers.POINTER_NAMES and len(e.keywords) == 1 \
                    and e.keywords[0].name == "to" and not e.args:
                target = self.expr(e.keywords[0].value)
                if not _is_lvalue(target):
                    self.error("'Pointer(to=...)' needs a variable", target.span)
                e.target, e.bound_args, e.ty = ("addr_of",), [target], T.PointerType(target.ty)
                return
            if pointers.is_span_template(sym):
                r = pointers.span_of(self, e)
                if r is not None:
                    return r
            smart = pointers.smart_pointer_type(self, e, sym)  # OwnedPointer(v), ArcPointer(v)
            if smart is not None and smart != T.UNKNOWN:
                return self.construct(e, smart, expected)
            if isinstance(sym, TypeSym) and sym.ty is None and sym.name == "Optional" and len(e.args) == 1 \
                    and not e.keywords:
                # Optional(3): the element type comes from the argument.
                probe = self.expr(copy.deepcopy(e.args[0]))
                if probe.ty != T.UNKNOWN:
                    return self.construct(e, T.OptionalType(T.materialize(probe.ty)), expected)
            if isinstance(sym, TypeSym):
                if sym.ty is None and sym.template is not None and sym.template.params and \
                        all(p.default is not None for p in sym.template.params):
                    # `Logger()`: every parameter has a default.
                    return self.construct(e, self.resolve_type(A.Subscript(f.span, f, [], [])), expected)
                if sym.ty is None:
                    self.error(f"'{f.id}' needs parameters, e.g. '{f.id}[Int]()'", f.span)
                    self._check_args_loosely(e)
                    return
                return self.construct(e, sym.ty, expected)
            self.error(f"'{f.id}' is not callable", f.span)
            self._check_args_loosely(e)
            return
        if isinstance(f, A.Subscript) and isinstance(f.value, A.Attribute) and \
                f.value.attr in ("discover_tests", "test") and len(f.indices) == 1:
            from .builtins import test_suite_call
            r = test_suite_call(self, e, f, expected)
            if r is not NotImplemented:
                return r
        if isinstance(f, A.Subscript) and isinstance(f.value, A.Attribute) and f.value.attr == "run" and \
                len(f.indices) == 1:
            timed = legacy2023.benchmark_run(self, e, f)  # `Benchmark().run[f]()` (2023)
            if timed is not None:
                return timed
        if isinstance(f, A.Subscript) and isinstance(f.value, A.Attribute):
            # `v.cast[DType.float64]()`, `v.shuffle[3, 2, 1, 0]()`
            recv = f.value.value = self.expr(f.value.value)
            e.args = [self.expr(a) for a in e.args]
            if isinstance(recv.ty, T.PointerType):
                return pointers.method(self, e, recv, f.value.attr, f.indices, f.keywords)
            if simd.method(self, e, recv, f.value.attr, f.indices):
                return
            if _variant_args(recv.ty) is not None and f.indices and not self._variant_has(recv.ty, f.indices[0]):
                # `v.isa[Float64]()` on a Variant[Int, String]: Mojo's constraint, at the call
                self._instantiation_failed(e.lparen, "constraint failed: Type does not exist in Variant.")
                e.ty = T.UNKNOWN
                return
            if isinstance(recv.ty, T.StructType) and f.value.attr in recv.ty.info.methods:  # `x.m[P](...)`
                return self.call_overloads(e, recv.ty.info.methods[f.value.attr].funcs, recv, f.value.attr_span,
                                           explicit=f.indices, explicit_kw=f.keywords)
            if recv.ty != T.UNKNOWN:
                self.error(f"'{recv.ty}' has no method '{f.value.attr}' taking compile-time parameters", f.span)
            e.ty = T.UNKNOWN
            return
        if isinstance(f, A.Subscript) and isinstance(f.value, A.Name) and \
                isinstance(self._scope.lookup(f.value.id), OverloadSet):
            sym = self._scope.lookup(f.value.id)
            f.value.sym = sym
            return self.call_overloads(e, sym.funcs, None, f.value.span, explicit=f.indices,
                                       explicit_kw=f.keywords)
        if isinstance(f, A.Subscript) and isinstance(f.value, A.Name) and \
                isinstance(self._scope.lookup(f.value.id), Builtin) and \
                self._scope.lookup(f.value.id).name in algorithm.HIGHER_ORDER:
            return algorithm.check_call(self, e, f, self._scope.lookup(f.value.id).name)
        if isinstance(f, A.Subscript) and isinstance(f.value, A.Name) and \
                isinstance(self._scope.lookup(f.value.id), Builtin) and \
                self._scope.lookup(f.value.id).name in pointers.STACK_ALLOCATION:
            return pointers.stack_allocation(self, e, f)
        if isinstance(f, A.Subscript) and isinstance(f.value, A.Name) and \
                isinstance(self._scope.lookup(f.value.id), Builtin) and self._scope.lookup(f.value.id).name in TYPE_QUERIES:
            self._note_legacy(f.value.id, self._scope.lookup(f.value.id), f.value.span)  # `simdwidthof[T]()`
            from .builtins import type_query
            return type_query(self, e, self._scope.lookup(f.value.id).name, f.indices)
        if isinstance(f, A.Subscript):
            fty = self.expr(f).ty
            if isinstance(fty, T.MetaType):
                return self.construct(e, fty.of, expected)
        f = e.func = self.expr(f)
        if python_interop.is_python_object(f.ty):
            return python_interop.call_value(self, e, f)
        if f.ty != T.UNKNOWN:
            self.error("this expression is not callable", f.span)
        self._check_args_loosely(e)

    def _module_of(self, e: A.Expr) -> ModuleSym | None:
        """The module a name or dotted name (`std.math`) denotes, if it is one."""
        if isinstance(e, A.Name):
            sym = self._scope.lookup(e.id)
            return sym if isinstance(sym, ModuleSym) else None
        if isinstance(e, A.Attribute):
            outer = self._module_of(e.value)
            inner = outer.members.get(e.attr) if outer is not None else None
            return inner if isinstance(inner, ModuleSym) else None
        return None

    def _call_function_value(self, e: A.Call, f: A.Name, fty: T.FuncType) -> None:
        f = self.expr(f)
        e.func = f
        if e.keywords or len(e.args) != len(fty.params):
            self.error(f"'{f.id}' takes {len(fty.params)} positional arguments", e.lparen)
            self._check_args_loosely(e)
            return
        e.args = [self.coerce(self.expr(a, t), t) for a, t in zip(e.args, fty.params)]
        e.target, e.bound_args, e.ty = ("indirect", fty), e.args, fty.ret
        if fty.raises and self._ctx is not None and not self._ctx.can_raise:
            self.error("cannot call function that may raise in a context that cannot raise", e.lparen)

    def _check_args_loosely(self, e: A.Call) -> None:
        e.args = [self.expr(a) for a in e.args]
        for k in e.keywords:
            k.value = self.expr(k.value)
        e.ty = T.UNKNOWN

    def construct(self, e: A.Call, ty: T.Type, expected: T.Type | None) -> Any:
        literal = getattr(e, "struct_literal", False)
        if literal:
            self.warn("a struct literal 'Name {field: value}' is the 2023 Mojo spelling; Mojo 1.2 calls a "
                      "constructor", e.lparen)
        if e.keywords and e.keywords[0].name == "py":
            converted = python_interop.convert_from(self, e, ty)
            if converted is not None:
                return converted
        if isinstance(ty, T.SimdType):
            return simd.construct(self, e, ty)
        if _variant_args(ty) is not None and len(e.args) == 1 and not e.keywords:
            a = e.args[0] = self.expr(e.args[0])
            if a.ty not in (T.UNKNOWN, ty) and T.materialize(a.ty) not in (_variant_args(ty) or ()):
                self._instantiation_failed(_call_paren(e), f"'{T.materialize(a.ty)}' is not one of the types of "
                                           f"'{ty}'")
                e.ty = ty
                return
        if isinstance(ty, T.StructType):
            info = ty.info
            self._warn_if_deprecated(info, e.func.span)
            if "__init__" in info.methods and not literal:
                funcs = info.methods["__init__"].funcs
                if all(f.is_static for f in funcs):  # 2023 static-style constructors
                    return self.call_overloads(e, funcs, None, e.lparen)
                return self.call_overloads(e, [f for f in funcs if not f.is_static], None, e.lparen, ctor=info)
            if info.fieldwise_init or literal:
                params = [ParamInfo(n, t, "var", None, False, info.decl.span)
                          for n, (i, t) in sorted(info.fields.items(), key=lambda kv: kv[1][0])]
                fake = FuncInfo(info.name, None, params, ty, False, "")
                e.args = [self.expr(a) for a in e.args]
                for k in e.keywords:
                    k.value = self.expr(k.value)
                args = self.bind_args(e, fake, None, e.lparen)
                if args is not None:
                    e.target, e.bound_args = ("fieldwise", info), args
                e.ty = ty
                return
            self.error(f"'{info.name}' has no constructor", e.func.span,
                       fixit="add '@fieldwise_init' above the struct, or define "
                             "'def __init__(out self, ...)'")
            self._check_args_loosely(e)
            e.ty = ty
            return
        from .builtins import construct_builtin
        return construct_builtin(self, e, ty, expected)

    def method_call(self, receiver: A.Expr, info: StructInfo, name: str, args: list[A.Expr], span: Span) -> A.Call:
        call = A.Call(span, A.Attribute(span, receiver, name, span), args, [], span)
        funcs = info.methods[name].funcs
        self.call_overloads(call, funcs, receiver, span)
        if call.ty is None:
            call.ty = T.UNKNOWN
        return call

    def call_overloads(self, e: A.Call, funcs: list[FuncInfo], receiver: A.Expr | None, name_span: Span,
                       ctor: StructInfo | None = None, explicit: list[A.Expr] | None = None,
                       explicit_kw: list[A.Keyword] | None = None) -> None:
        # Check arguments once, without an expected type, then pick the best overload.
        saved_lparen = getattr(self, "_call_lparen", None)
        self._call_lparen = e.lparen
        e.args = [self.expr(a) for a in e.args]
        for k in e.keywords:
            k.value = self.expr(k.value)
        self._call_lparen = saved_lparen
        if any(a.ty == T.UNKNOWN for a in e.args) or any(k.value.ty == T.UNKNOWN for k in e.keywords):
            e.ty = funcs[0].ret if ctor is None else ctor.ty
            return
        if any(fn.template is not None for fn in funcs) or explicit or explicit_kw:
            expanded = []
            failed_diags = []  # why an overload did not fit: an error only if none fits
            for fn in funcs:
                if fn.template is None:
                    if not explicit:
                        expanded.append(fn)
                    continue
                mark = len(self.diags)
                inst = self.instantiate_for_call(fn, e, receiver is not None or ctor is not None, explicit,
                                                 explicit_kw)
                if inst is not None:
                    expanded.append(inst)
                elif len(funcs) > 1:
                    failed_diags += self.diags[mark:]
                    del self.diags[mark:]
            if not expanded:
                self.diags += failed_diags
                if explicit and not any(fn.template for fn in funcs):
                    self.error(f"'{funcs[0].name}' takes no compile-time parameters", e.lparen)
                e.ty = T.UNKNOWN
                return
            funcs = expanded
        if len(funcs) == 1:
            chosen = funcs[0]
        else:
            scored = []
            for fn in funcs:
                score = self._match_score(e, fn, receiver is not None or ctor is not None)
                if score is not None:
                    scored.append((score, fn))
            if not scored:
                self.error(f"no matching function in call to '{funcs[0].name}'", e.lparen,
                           [Note(f"candidate: {fn.signature()}", fn.decl.name_span if fn.decl else None)
                            for fn in funcs])
                e.ty = T.UNKNOWN
                return
            scored.sort(key=lambda x: x[0])
            chosen = scored[0][1]
        self.require(chosen)
        self._warn_if_deprecated(chosen, name_span if receiver is None or name_span.col <= 1 else
                                 Span(name_span.file, name_span.line, name_span.col - 1, name_span.line,
                                      name_span.col))  # Mojo points at a method call's '.'
        args = self.bind_args(e, chosen, receiver, name_span, ctor is not None)
        e.ty = chosen.ret if ctor is None else ctor.ty
        if args is None:
            return
        if ctor is not None:
            e.target = ("ctor", ctor, chosen)
        else:
            e.target = ("func", chosen)
        e.bound_args = args
        if chosen.raises and self._ctx is not None and not self._ctx.can_raise:
            self.error("cannot call function that may raise in a context that cannot raise", e.lparen,
                       fixit=f"wrap the call in 'try: ... except e: ...', or declare "
                             f"'{self._ctx.func.name}' as 'raises'")
        elif chosen.raises:
            self._note_raise(chosen.error_type or T.ERROR, e.lparen)
        if receiver is not None and chosen.self_convention == "mut":
            self.require_mutable(receiver)

    def _warn_if_deprecated(self, fn: FuncInfo | StructInfo, span: Span) -> None:
        """`@deprecated("message")` or `@deprecated(use=other)`: a warning at each call (or construction of
        a deprecated struct), as in Mojo."""
        for d in fn.decl.decorators if fn.decl is not None and not self.is_stdlib else ():
            if not (isinstance(d, A.Call) and isinstance(d.func, A.Name) and d.func.id == "deprecated"):
                continue
            notes = [Note(f"'{fn.name}' declared here", fn.decl.name_span)]
            use = next((k.value for k in d.keywords if k.name == "use"), None)
            if isinstance(use, A.Name):
                self.diags.append(Diagnostic("warning", f"'{fn.name}' is deprecated, use '{use.id}' instead", span,
                                             notes, use.id))
            elif d.args and isinstance(d.args[0], A.StrLit):
                self.diags.append(Diagnostic("warning", d.args[0].value, span, notes))

    def _match_score(self, e: A.Call, fn: FuncInfo, skip_self: bool) -> int | None:
        params = fn.params[1:] if skip_self and fn.owner is not None and not fn.is_static else fn.params
        params = [p for p in params if p.convention != "out" and p.capture is None]
        if len(e.args) > len([p for p in params if not p.kw_only]) and not any(p.variadic for p in params):
            return None
        score = 0
        names = {p.name for p in params}
        for k in e.keywords:
            if k.name not in names:
                return None
        for i, (p, a) in enumerate(zip(params, e.args)):
            if p.variadic and isinstance(p.ty, T.ListType):  # `*xs: T` takes the remaining arguments
                for rest in e.args[i:]:
                    if rest.ty != p.ty.elem and not self.convertible(rest, p.ty.elem):
                        return None
                    score += 1
                break
            if a.ty == p.ty:
                continue
            if not self.convertible(a, p.ty):
                return None
            score += 1 if a.ty in T.LITERALS and T.materialize(a.ty) == p.ty else 2
        for p in params[len(e.args):]:
            if p.variadic:
                continue
            if p.default is None and not any(k.name == p.name for k in e.keywords):
                return None
        return score

    def bind_args(self, e: A.Call, fn: FuncInfo, receiver: A.Expr | None, name_span: Span,
                  is_ctor: bool = False) -> list[A.Expr] | None:
        """Match e's arguments to fn's parameters; returns them in parameter order (defaults filled)."""
        params = list(fn.params)
        bound: list[A.Expr | None] = []
        if fn.owner is not None and not fn.is_static:
            params = params[1:]
            if not is_ctor:
                assert receiver is not None
                bound.append(receiver)
        params = [p for p in params if p.convention != "out"]  # the result, not an argument
        captured = [p for p in params if p.capture is not None]
        params = [p for p in params if p.capture is None]
        slots: list[A.Expr | None] = [None] * len(params)
        positional = [i for i, p in enumerate(params) if not p.kw_only]
        variadic = next((i for i, p in enumerate(params) if p.variadic), None)
        for j, a in enumerate(e.args):
            if variadic is not None and j >= variadic:
                continue
            if j >= len(positional):
                self.error(f"invalid call to '{fn.name}': unexpected argument", a.span,
                           [Note("function declared here", fn.decl.name_span)] if fn.decl else None)
                return None
            slots[positional[j]] = a
        if variadic is not None:
            items = e.args[variadic:]
            span = items[0].span if items else e.lparen
            if isinstance(params[variadic].ty, T.TupleType):  # a heterogeneous pack
                pack = A.TupleExpr(span, items)
                pack.ty = T.TupleType(tuple(x.ty for x in items))
                slots[variadic] = self.coerce(pack, params[variadic].ty)
            else:
                slots[variadic] = A.ListExpr(span, items)
        for k in e.keywords:
            idx = next((i for i, p in enumerate(params) if p.name == k.name), None)
            if idx is None:
                self.error(f"invalid call to '{fn.name}': unknown keyword argument '{k.name}'", k.span,
                           [Note("function declared here", fn.decl.name_span)] if fn.decl else None)
                return None
            if slots[idx] is not None:
                self.error(f"invalid call to '{fn.name}': argument '{k.name}' given twice", k.span)
                return None
            slots[idx] = k.value
        ok = True
        for i, p in enumerate(params):
            a = slots[i]
            if a is None:
                if p.default is None:
                    self.error(f"invalid call to '{fn.name}': missing required argument '{p.name}'", e.lparen,
                               [Note("function declared here", fn.decl.name_span)] if fn.decl else None)
                    return None
                if isinstance(p.default, A.Call) and isinstance(p.default.func, A.Name) and \
                        p.default.func.id == "__call_location" and self.is_stdlib_func(fn):
                    slots[i] = _call_location(e)  # std.testing's `location: String = __call_location()`
                    continue
                # Defaults are evaluated at each call, in the callee's global context.
                saved = self._scope
                self._scope = self.globals
                d = self.expr(_clone(p.default), p.ty)
                self._scope = saved
                slots[i] = self.coerce(d, p.ty)
                continue
            if isinstance(a, A.ListExpr) and p.variadic:
                a = self.expr(a, p.ty)
            if a.ty != p.ty and not self.convertible(a, p.ty):
                self.error(f"invalid call to '{fn.name}': value passed to '{p.name}' cannot be converted from "
                           f"'{T.display(a.ty, a.const)}' to '{p.ty}'", a.span,
                           [Note("function declared here", fn.decl.name_span)] if fn.decl else None)
                ok = False
                continue
            a = self.coerce(a, p.ty)
            if p.convention in ("mut", "ref"):
                if not _is_lvalue(a):
                    self.error(f"invalid call to '{fn.name}': argument '{p.name}' is 'mut' and needs a variable, "
                               "not a temporary value", a.span)
                    ok = False
                else:
                    self.require_mutable(a)
            elif p.convention == "var":
                self._note_copy(a)
            slots[i] = a
        for p in captured:  # a closure's captured variables, passed along automatically
            n = A.Name(e.lparen, p.capture.name)
            n.sym, n.ty = p.capture, p.capture.ty
            slots.append(n)
        return bound + slots if ok else None  # type: ignore[operator]


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
            isinstance(e.value.ty, T.SimdType) and _is_lvalue(e.value))
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
        if op == "**":
            return math.pow(a, b)
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
