"""Declarations: modules, imports, structs, functions, comptime values, and checking function bodies.

A mixin of the Checker (check/checker.py); `self` is the Checker."""

from __future__ import annotations

import copy
import difflib
from typing import Any

from ..diagnostics import Note, Span
from ..frontend import ast as A
from . import auto_params, closures, legacy2023
from .derived import derived_methods
from . import types as T
from .symbols import (
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
from .support import (
    FuncContext,
    KNOWN_MODULES,
    NOT_PRELUDE,
    PRELUDE_MODULES,
    PRELUDE_NAMES,
    Scope,
    _all_std_names,
    _field_span,
    _has_out,
    _is_static_style_init,
    _is_stub,
    _terminates,
    _trait_parts,
)


def _mentions(e: Any, names: set[str]) -> bool:
    """Whether the (unchecked) expression e uses one of the names."""
    if isinstance(e, A.Name):
        return e.id in names
    if isinstance(e, A.Node):
        return any(_mentions(v, names) for k, v in vars(e).items() if k not in ("span", "ty", "const", "sym"))
    if isinstance(e, (list, tuple)):
        return any(_mentions(x, names) for x in e)
    return False


class DeclarationChecker:
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
        early = self._early_comptimes(module)
        for s in early:  # `comptime Vec = SIMD[DType.float32, 4]`, `comptime dt = DType.float32`: field types use them
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

    def _early_comptimes(self, module: A.Module) -> list[A.Comptime]:
        """The comptimes declared before struct fields: library type aliases, and constants that use
        none of this module's structs, functions or later constants (`comptime dt = DType.float32`,
        then `var data: Scalar[dt]`)."""
        local = {s.name for s in module.body if isinstance(s, (A.StructDef, A.FuncDef, A.TraitDef))}
        early: list[A.Comptime] = []
        for s in module.body:
            if not isinstance(s, A.Comptime) or (isinstance(s.value, A.BinOp)
                                                  and self._is_trait_expr(s.value, self.globals)):
                continue
            if self._names_a_type(s) or (not s.type_params and s.value is not None
                                         and not self._names_used([s.value, s.type]) & local):
                early.append(s)
            else:
                local.add(s.name)  # declared with the functions: what uses it waits too
        return early

    @staticmethod
    def _names_used(nodes: list[Any]) -> set[str]:
        """The names an (unchecked) expression or type refers to."""
        out: set[str] = set()
        stack = list(nodes)
        while stack:
            e = stack.pop()
            if isinstance(e, list):
                stack.extend(e)
            elif isinstance(e, A.Name):
                out.add(e.id)
            elif isinstance(e, A.Node):
                stack.extend(v for k, v in vars(e).items() if k not in ("span", "ty", "const", "sym"))
        return out

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
            # Not a sign of 2023 code (the notebook does not switch dialect on it): Mojo wrote
            # imports this way until the `std.` prefix, so recent notebooks use it with 1.2 code.
            self.warn(f"unprefixed standard library imports are the spelling of earlier Mojo versions; "
                      f"Mojo 1.2 writes 'std.{mod}'", s.span)
            mod = "std." + mod
        here = self.modules.get(mod)
        if s.is_from and self._import_submodules(mod, s):  # `from std import sys`, `from std.os import path`
            return
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
        if self.dialect_2023 and not s.module.startswith("std.") and "." not in s.module \
                and self.globals.names.get(s.module) is None:
            # The 2023 Playground's cells used the package of a `from benchmark import Unit` by its
            # name too (`benchmark.run[f]()`).
            self.globals.names[s.module] = ModuleSym(mod, members)
        for i, (name, alias) in enumerate(s.names):
            span = s.name_spans[i] if i < len(s.name_spans) else s.span
            legacy = self.globals.parent.names.get(name) if self.globals.parent is not None else None
            if name == "*":
                self.globals.names.update(members)
            elif self.dialect_2023 and name in legacy2023.NAMES and legacy is not None:
                # `from random import rand` in 2023 code is rand(DTypePointer, n), not 1.2's.
                self.globals.names[alias] = legacy2023.library_name(self, name, span)
            elif name in members:
                self.globals.names[alias] = members[name]
            elif self.globals.lookup(name) is not None and (name in mojo_names or mod not in MOJO_STD):
                # Collections and friends are builtins here (List, Optional, ...).
                self.globals.names[alias] = self.globals.lookup(name)
            elif name in legacy2023.NAMES and self.globals.lookup(name) is not None:
                self.globals.names[alias] = legacy2023.library_name(self, name, span)  # 2023 `memset_zero`
            elif name in mojo_names and self.dialect_2023:
                # 2023 notebooks import more than they use (`strided_load`): a use is the error.
                self.warn(f"'{name}' of '{mod}' is not available in Mojito yet; a use of it is an error", span)
            elif name in mojo_names:
                self.error(f"'{name}' of '{mod}' is not available in Mojito yet", span)
            elif s.module == "autotune" and name in ("autotune", "search"):
                pass  # their uses were rewritten after parsing (frontend/autotune2023.py), with a warning
            elif renamed is not None and self.dialect_2023:  # `from runtime.llcl import Runtime`
                self.warn(f"'{name}' of the 2023 module '{s.module}' is not available in Mojito; a use of it is "
                          "an error", span)
            else:
                kind = "package" if any(k.startswith(mod + ".") for k in MOJO_STD) else "module"
                close = difflib.get_close_matches(name, set(members) | set(mojo_names), 1)
                self.error(f"{kind} '{mod.split('.')[-1]}' does not contain '{name}'", span,
                           fixit=f"did you mean '{close[0]}'?" if close else None)

    def _import_submodules(self, package: str, s: A.Import) -> bool:
        """`from PACKAGE import a, b` where every name is a module of the package: each is bound as a
        module (as `import PACKAGE.a as a` would). False (nothing done) if any name is not a module."""
        from .std_names import MOJO_STD

        full = [f"{package}.{name}" for name, _ in s.names]
        known = set(MOJO_STD) | set(self.modules) | {m if m.startswith("std.") else "std." + m for m in KNOWN_MODULES}
        if not s.names or any(name == "*" for name, _ in s.names) or not all(m in known for m in full):
            return False
        members = self.modules.get(package, ModuleSym(package, {})).members
        if any(name in members or name in MOJO_STD.get(package, ()) for name, _ in s.names):
            return False  # a member of that name (`from std.memory import alloc`, a function) wins
        for (name, alias), module in zip(s.names, full):
            if module not in self.modules and module not in KNOWN_MODULES and module[4:] not in KNOWN_MODULES:
                span = s.name_spans[s.names.index((name, alias))] if s.name_spans else s.span
                self.error(f"module '{module}' of Mojo's standard library is not available in Mojito yet", span)
                continue
            self.globals.names[alias] = ModuleSym(module, self.modules[module].members if module in self.modules else {})
        return True

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
            elif isinstance(d, A.Call) and isinstance(d.func, A.Name) and d.func.id == "register_passable" and \
                    any(isinstance(a, A.StrLit) and a.value == "trivial" for a in d.args):
                names |= {"Copyable", "ImplicitlyCopyable", "Movable"}  # 2023: copied bit for bit
                self.warn("'@register_passable(\"trivial\")' is the 2023 Mojo spelling; Mojo 1.2 conforms to "
                          "'TrivialRegisterPassable' instead", d.span)
        # `struct Build(Job)` with `trait Job(Copyable, Writable)`: conforming to a trait is conforming
        # to its parents too (Build is Copyable).
        names |= {p.id for tn in self._trait_closure(names) for p in self.traits[tn].parents if isinstance(p, A.Name)}
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
        # `comptime RED = Color(0)` builds the struct itself, so it waits for the constructors.
        # (`comptime IteratorType[...]: Iterator = Self` names the type, which method signatures use.)
        own = [c for c in s.comptimes if _mentions(c.value, {"Self", info.name})
               and not (isinstance(c.value, A.Name) and c.value.id in ("Self", info.name))]
        for c in s.comptimes:
            if not any(c is o for o in own):
                info.comptimes[c.name] = self._declare_comptime(c, scope)
        for m in s.methods:
            self._declare_function(m, info, scope=scope)
        for c in own:
            info.comptimes[c.name] = self._declare_comptime(c, scope)
        if "__copyinit__" in info.methods:  # 2023: a copy constructor made a struct copyable
            info.implicitly_copyable = info.copyable = True
        # Default method bodies of the traits it conforms to (and their parents).
        for tname in self._trait_closure(names):
            for m in self.traits[tname].methods:
                if m.name not in info.methods and not _is_stub(m):
                    self._declare_function(copy.deepcopy(m), info, scope=scope)
        # Mojo's reflection-based defaults of its builtin traits (==, !=, write_to, write_repr_to).
        for m in derived_methods(s.name, info, sorted(names)):
            self._declare_function(m, info, scope=scope)
        if parent is None:  # once per struct, not per generic instance
            from .conformance import check_requirements
            check_requirements(self, info, s, self._trait_closure(names))

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

    def _declare_comptime(self, c: A.Comptime, scope: Scope) -> GlobalConst:
        # `comptime IteratorType[...]: Iterator = MyIter`: a type named with the trait it conforms to
        declared = self.resolve_type(c.type) if c.type is not None and not self._is_trait_expr(c.type, scope) \
            else None
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
            # `comptime IteratorType[mut: Bool, //, origin: Origin[mut=mut]]: Iterator = Self`: parameters
            # that only name an origin leave the type the same (types here carry no origins), so
            # `Self.IteratorType[origin_of(self)]` is that type (generics.resolve_type).
            g.origin_params_only = bool(c.type_params) and all(_is_origin_param(p) for p in c.type_params)
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
            tparams += auto_params.parameterize(self, d, scope, owner is not None and not is_static)  # `b: Box`
            for i, p in enumerate(d.params):
                some_fn = closures.some_closure_param(self, p, i, scope)  # `f: Some[def(Int) -> Int]`
                if some_fn is not None:
                    tparams.append(some_fn)
                # `x: Some[Trait]` is an anonymous type parameter.
                elif isinstance(p.type, A.Subscript) and isinstance(p.type.value, A.Name) and \
                        p.type.value.id == "Some" and len(p.type.indices) == 1 and \
                        self._is_trait_expr(p.type.indices[0], scope):
                    tparams.append(TemplateParam(f"__some{i}", True))
                    p.type = A.Name(p.type.span, f"__some{i}")
            for tp in tparams:
                # `[F: def(Int) -> Int](f: F)`: F is bound to the function passed for f (closures.py).
                if isinstance(tp.ty, T.FuncType) and any(isinstance(p.type, A.Name) and p.type.id == tp.name
                                                         for p in d.params):
                    tp.closure_bound = True  # type: ignore[attr-defined]
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
        never = isinstance(d.ret, A.Name) and d.ret.id == "Never" and self._scope.lookup("Never") is None
        ret = self.resolve_type(d.ret) if d.ret is not None and not never else T.NONE
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
        if d.returns_ref and ret != T.UNKNOWN:
            # `-> ref[o] T`: the function returns the address of what it returns; a read `self` goes by
            # address too, so a reference into it points at the caller's value.
            ret = T.PointerType(ret)
            if params and owner is not None and not is_static and params[0].convention == "read":
                params[0].convention = "ref"
        info = FuncInfo(d.name, d, params, ret, d.raises, self.llname(prefix + d.name + shown), owner, is_static,
                        intrinsic)
        info.returns_ref = d.returns_ref and ret != T.UNKNOWN
        info.never = never
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

    def _typed_raises(self, info: FuncInfo, te: A.Expr) -> None:
        """`raises MyError`: errors are values of that type; `raises Never`: the function cannot raise."""
        if isinstance(te, A.Name) and te.id == "Never":
            info.raises = False
            return
        ty = self.resolve_type(te)
        if ty not in (T.ERROR, T.UNKNOWN):
            info.error_type = ty

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
            v.static_func = p.static_func
            if p.capture is not None:
                ctx.capture_map[p.capture] = v
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


def _is_origin_param(p: A.Param) -> bool:
    """A comptime parameter of type Bool (an origin's mutability) or an origin (`Origin[mut=m]`,
    `ImmOrigin`, `MutOrigin`)."""
    t = p.type.value if isinstance(p.type, A.Subscript) else p.type
    return isinstance(t, A.Name) and t.id in ("Bool", "Origin", "ImmOrigin", "MutOrigin")
