"""Calls: functions, methods, constructors, overload resolution and argument binding.

A mixin of the Checker (check/checker.py); `self` is the Checker."""

from __future__ import annotations

import copy
from typing import Any

from ..diagnostics import Diagnostic, Note, Span
from ..frontend import ast as A
from . import algorithm, legacy2023, legacy_simd2023, pointers, python_interop, simd
from . import legacy_fn_params
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
    TypeSym,
)
from .support import (
    Scope,
    TYPE_QUERIES,
    _call_location,
    _call_paren,
    _clone,
    _dot,
    _is_lvalue,
    _variant_args,
)

from . import closures  # (functions and closures bound to parameters)


class CallChecker:
    # ------------------------------------------------------------------ calls
    def expr_Call(self, e: A.Call, expected: T.Type | None) -> Any:
        f = e.func
        if isinstance(f, A.Subscript) and isinstance(f.value, A.Name) and f.value.id == "sort" and not f.indices \
                and [k.name for k in f.keywords] == ["stable"] and isinstance(self._scope.lookup("sort"), Builtin):
            # `sort[stable=True](xs, less)`: our sort (a merge sort) is always stable
            self.expr(f.keywords[0].value)
            e.func = f = f.value
        if self.dialect_2023:
            legacy = legacy_simd2023.static_call(self, e, expected)  # `SIMD[size=w].store(p, i, v)`
            if legacy is not NotImplemented:
                return legacy
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
                    bound_fn = rty.of.info.comptimes.get(f.attr) if isinstance(rty.of, T.StructType) else None
                    if isinstance(bound_fn, GlobalConst) and isinstance(bound_fn.value, FuncInfo):
                        # `Self.less(a, b)`: a struct's function parameter (`struct PQ[less: def(T, T) thin -> Bool]`)
                        return self.call_overloads(e, [bound_fn.value], None, f.attr_span)
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
                        from .builtin_strings import _as_string
                        parts = A.ListExpr(e.span, [_as_string(self, self.expr(a)) for a in e.args])
                        parts.ty = T.ListType(T.STRING)
                        call = A.Call(e.span, A.Attribute(e.span, f.value, "_write_strings", f.attr_span), [parts], [],
                                      e.lparen)
                        self.call_overloads(call, info.methods["_write_strings"].funcs, f.value, f.attr_span)
                        return call
                    if f.attr == "write" and "write_string" in info.methods and "write" not in info.methods:
                        # A user's Writer: Writer.write's default writes each argument through write_string.
                        text = A.Call(e.span, A.Name(e.span, "String"), list(e.args), [], e.lparen)
                        call = A.Call(e.span, A.Attribute(e.span, f.value, "write_string", f.attr_span), [text], [],
                                      e.lparen)
                        return self.expr(call, expected)
                    if f.attr in ("write_to", "write_repr_to") and f.attr in info.methods and len(e.args) == 1 \
                            and not e.keywords and isinstance(e.args[0], A.Name):
                        # `x.write_to(s)` into a String or a user's Writer (Mojito's own Writer is print's buffer):
                        # the String of x (or its repr) is written there.
                        w = self.expr(e.args[0])
                        if w.ty == T.STRING or (isinstance(w.ty, T.StructType) and "write_string" in w.ty.info.methods):
                            text = A.Call(e.span, A.Name(e.span, "String" if f.attr == "write_to" else "repr"),
                                          [f.value], [], e.lparen)
                            meth = "write" if w.ty == T.STRING else "write_string"
                            call = A.Call(e.span, A.Attribute(e.span, w, meth, f.attr_span), [text], [], e.lparen)
                            return self.expr(call, expected)
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
            if sym is None and self.python_global is not None and self.python_global(f.id):
                e.func = legacy2023.python_cell_global(self, f)  # a %%python cell's function
                return python_interop.call_value(self, e, e.func)
            if sym is None and f.id in ("int", "str") and self.dialect_2023 and len(e.args) == 1 and not e.keywords:
                # 2024's `int(x)` and `str(x)`: Mojo 1.2 writes `Int(x)` and `String(x)`
                new = {"int": "Int", "str": "String"}[f.id]
                self.warn(f"'{f.id}(x)' is the 2024 Mojo spelling; Mojo 1.2 writes '{new}(x)'", f.span)
                e.func = A.Name(f.span, new)
                if f.id == "int" and python_interop.is_python_object(self.expr(copy.deepcopy(e.args[0])).ty):
                    e.keywords, e.args = [A.Keyword(e.args[0].span, "py", e.args[0])], []  # `Int(py=obj)`
                return self.expr_Call(e, expected)
            if sym is None:
                if not self._nested_recursion(f):
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
            if isinstance(sym, LocalVar) and sym.static_func is not None:  # `f(v)` of `f: F` (closures.py)
                return self.call_overloads(e, [sym.static_func], None, f.span)
            if isinstance(sym, LocalVar) and isinstance(sym.ty, T.FuncType):
                return self._call_function_value(e, f, sym.ty)
            if isinstance(sym, LocalVar) and python_interop.is_python_object(sym.ty):
                return python_interop.call_value(self, e, self.expr(f))
            if isinstance(sym, LocalVar) and isinstance(sym.ty, T.StructType) and "__call__" in sym.ty.info.methods:
                # `p(3)` of a value whose struct defines `__call__`
                return self.expr(A.Call(e.span, A.Attribute(f.span, f, "__call__", f.span), e.args, e.keywords,
                                        e.lparen), expected)
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
            if isinstance(sym, TypeSym) and sym.ty is None and sym.name == "VariadicList" and e.args \
                    and not e.keywords and self.dialect_2023:
                # 2023 `VariadicList(3, 1, 4)`: the element type comes from the first value.
                probe = self.expr(copy.deepcopy(e.args[0]))
                if probe.ty != T.UNKNOWN:
                    return self.construct(e, self.instantiate_struct(sym, [T.materialize(probe.ty)], f.span), expected)
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
                if sym.ty is None and sym.name == "List" and len(e.args) == 1 and not e.keywords:
                    # List(iterable): the element type comes from the iterable.
                    from .builtin_iteration import list_from_iterable
                    return list_from_iterable(self, e, None, expected)
                if sym.ty is None:
                    self.error(f"'{f.id}' needs parameters, e.g. '{f.id}[Int]()'", f.span)
                    self._check_args_loosely(e)
                    return
                return self.construct(e, sym.ty, expected)
            self.error(f"'{f.id}' is not callable", f.span)
            self._check_args_loosely(e)
            return
        if isinstance(f, A.Subscript) and isinstance(f.value, A.Attribute) and \
                f.value.attr in ("discover_tests", "test", "skip") and len(f.indices) == 1:
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
            if simd.method(self, e, recv, f.value.attr, f.indices, f.keywords):
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
                legacy_fn_params.callee(self._scope.lookup(f.value.id)) is not None:  # `tiled_fn[4, 2](x, y)`
            return self.call_overloads(e, legacy_fn_params.callee(self._scope.lookup(f.value.id)), None,
                                       f.value.span, explicit=f.indices, explicit_kw=f.keywords)
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

    def _nested_recursion(self, f: A.Name) -> bool:
        """A nested function calling itself: Mojo 1.2's error (its body does not see its own name)."""
        ctx = getattr(self, "_ctx", None)
        decl = ctx.func.decl if ctx is not None and ctx.func is not None else None
        if decl is None or decl.name != f.id or not getattr(decl, "nested", False):
            return False
        self.error(f"recursive references to nested functions are not supported; define '{f.id}' at file scope",
                   f.span, [Note("nested function declared here", decl.name_span)])
        return True

    def _user_init_fits(self, e: A.Call, info: StructInfo) -> bool:
        """Whether one of the struct's own `__init__`s takes this call; with `@fieldwise_init` as well,
        the field-wise constructor is another overload (`Self()` and `Self(x, y)` side by side)."""
        probe = copy.deepcopy(e)
        mark = len(self.diags)
        self.call_overloads(probe, [f for f in info.methods["__init__"].funcs if not f.is_static], None,
                            probe.lparen, ctor=info)
        ok = not any(d.severity == "error" for d in self.diags[mark:])
        del self.diags[mark:]
        return ok

    def construct(self, e: A.Call, ty: T.Type, expected: T.Type | None) -> Any:
        literal = getattr(e, "struct_literal", False)
        if literal:
            self.warn("a struct literal 'Name {field: value}' is the 2023 Mojo spelling; Mojo 1.2 calls a "
                      "constructor", e.lparen)
        if e.keywords and e.keywords[0].name == "py":
            converted = python_interop.convert_from(self, e, ty)
            if converted is not None:
                return converted
        if len(e.keywords) == 1 and e.keywords[0].name == "from_bits" and not e.args and simd.from_bits(self, e, ty):
            return
        if isinstance(ty, T.SimdType):
            return simd.construct(self, e, ty)
        if self.dialect_2023 and python_interop.is_python_object(ty) and len(e.args) == 1 and not e.keywords \
                and isinstance(e.args[0], (A.ListExpr, A.DictExpr)):
            return self.expr(e.args[0], ty)  # 2023 `object([])`, `object({})`: a Python list or dict
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
            if "__init__" in info.methods and not literal and \
                    not (info.fieldwise_init and not self._user_init_fits(e, info)):
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
        from .builtin_constructors import construct_builtin
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
        elif chosen.raises and self._ctx is None and self._scope is not None and not self.is_stdlib:
            # A global `comptime X = f()`: evaluated before main, where no error can be caught.
            self.error("cannot call raising function in comptime initializer", e.lparen)
        elif chosen.raises:
            self._note_raise(chosen.error_type or T.ERROR, e.lparen)
        if receiver is not None and chosen.self_convention == "mut":
            from .builtin_support import require_mutable_receiver
            require_mutable_receiver(self, receiver, chosen.name)

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
            if a.ty == p.ty or p.static_func is not None:
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
        unexpected = None  # reported after a missing argument, as Mojo does
        for k in e.keywords:
            idx = next((i for i, p in enumerate(params) if p.name == k.name), None)
            if idx is None:
                unexpected = unexpected or k
                continue
            if slots[idx] is not None:
                unexpected = unexpected or k  # given twice: Mojo calls it unexpected too, after a missing one
                continue
            slots[idx] = k.value
        if unexpected is not None and all(slots[i] is not None or p.default is not None
                                          for i, p in enumerate(params)):
            self.error(f"invalid call to '{fn.name}': unexpected keyword argument '{unexpected.name}'",
                       unexpected.value.span,
                       [Note("function declared here", fn.decl.name_span)] if fn.decl else None)
            return None
        ok = True
        for i, p in enumerate(params):
            a = slots[i]
            if a is None:
                if p.default is None:
                    self.error(f"invalid call to '{fn.name}': missing required argument: '{p.name}'", e.lparen,
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
            if closures.bind_static(p, a):
                slots[i] = a
                continue
            if a.ty != p.ty and not self.convertible(a, p.ty):
                self.error(f"invalid call to '{fn.name}': value passed to '{p.name}' cannot be converted from "
                           f"'{T.display(a.ty, a.const)}' to '{p.ty}'", a.span,
                           [Note("function declared here", fn.decl.name_span)] if fn.decl else None)
                ok = False
                continue
            a = self.coerce(a, p.ty)
            if p.convention == "ref":
                pass  # Mojo infers the origin: a `ref` argument may be a temporary or an immutable value,
                # and the callee cannot mutate it (its parameter is not mutable there)
            elif p.convention == "mut":
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
            slots.append(closures.captured_name(self, p, e.lparen))
        return bound + slots if ok else None  # type: ignore[operator]
