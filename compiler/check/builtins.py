"""Checking of builtin functions, builtin-type methods and builtin constructors.

Each sets `Call.target` to a tuple naming what codegen must emit, e.g. ("print",), ("len",),
("convert", Float64), ("list_method", "append"). Methods that the standard library implements
in Mojo (most String methods) become ordinary calls of the stdlib function.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from ..frontend import ast as A
from . import python_interop, simd
from . import types as T
from .builtin_constructors import construct_builtin
from .builtin_iteration import _iter_builtin, _iter_next, is_as_bytes
from .builtin_lists import _list_method
from .builtin_strings import _repr_of, _string_variadic_method
from .builtin_support import (
    _args,
    _fail,
    _require_writable,
    _std_call,
    _stdlib_call,
    require_mutable_receiver,
)
from .operator_methods import operator_spelled
from .symbols import FuncInfo, OverloadSet, TypeSym

if TYPE_CHECKING:
    from .checker import Checker

# String methods implemented in compiler/stdlib/*.mojo: method -> stdlib function.
STRING_METHODS = {
    "startswith": "_str_startswith", "endswith": "_str_endswith", "find": "_str_find",
    "upper": "_str_upper", "lower": "_str_lower", "strip": "_str_strip", "lstrip": "_str_lstrip",
    "rstrip": "_str_rstrip", "replace": "_str_replace", "count": "_str_count", "split": "_str_split",
    "join": "_str_join", "isdigit": "_str_isdigit", "rfind": "_str_rfind", "__contains__": "_str_contains",
}
_FLOAT_ONLY_MATH = {"sqrt", "sin", "cos", "tan", "log", "exp", "log2", "log10", "atan", "tanh", "asin", "acos",
                    "sinh", "cosh", "cbrt", "exp2", "erf", "erfc"}


def _numeric_type(c: Checker, args: list[A.Expr]) -> T.Type | None:
    tys = [a.ty for a in args]
    concrete = [t for t in tys if t not in T.LITERALS]
    if concrete:
        ty = concrete[0]
        if any(t != ty for t in concrete):
            return None
        return ty
    return T.F64 if T.FLOAT_LIT in tys else T.INT


def _comparable_min_max(c: Checker, e: A.Call, name: str) -> Any:
    """min/max of Comparable structs (std.math's generic overload), folded pairwise through
    `_cmp_min2`/`_cmp_max2`; NotImplemented for other arguments (numbers, Strings, SIMD)."""
    mark = len(c.diags)
    tys = [c.expr(copy.deepcopy(a)).ty for a in e.args]  # a probe: the real check is below
    del c.diags[mark:]
    if len(tys) < 2 or e.keywords or not isinstance(tys[0], T.StructType) or any(t != tys[0] for t in tys) \
            or "__lt__" not in tys[0].info.methods:
        return NotImplemented
    args = _args(c, e, 2, 8, name)
    if args is None:
        return
    acc = args[0]
    for a in args[1:]:
        acc = _stdlib_call(c, e, f"_cmp_{name}2", [acc, a])
    return acc


def builtin_call(c: Checker, e: A.Call, name: str, expected: T.Type | None) -> Any:
    if name in ("min", "max"):
        r = _comparable_min_max(c, e, name)
        if r is not NotImplemented:
            return r
    if name == "map":  # std.algorithm.map(size, func)
        from .algorithm import map_call
        return map_call(c, e)
    if name == "print_no_newline":
        c.warn("'print_no_newline' is the 2023 Mojo spelling; Mojo 1.2 writes 'print(..., end=\"\")'",
               e.func.span)
        end = A.StrLit(e.span, "")
        e.keywords = [k for k in e.keywords if k.name != "end"] + [A.Keyword(e.span, "end", end)]
        name = "print"
    if name == "print":
        saved = getattr(c, "_call_lparen", None)
        c._call_lparen = e.lparen
        e.args = [c.expr(a) for a in e.args]
        c._call_lparen = saved
        for a in e.args:
            _require_writable(c, a)
        e.print_sep = e.print_end = None  # type: ignore[attr-defined]
        e.print_file = None  # type: ignore[attr-defined]
        for k in e.keywords:
            if k.name in ("sep", "end"):
                v = c.coerce(c.expr(k.value, T.STRING), T.STRING)
                setattr(e, "print_" + k.name, v)
            elif k.name == "flush":
                c.expr(k.value)
            else:
                c.error(f"print() has no argument '{k.name}'", k.span)
        e.target, e.bound_args, e.ty = ("print",), e.args, T.NONE
        return
    if name in ("String", "Int", "UInt", "Float64", "Float32", "Float16", "Bool"):
        sym = c.globals.names[name]
        return construct_builtin(c, e, sym.ty, expected)
    if name == "enumerate" and len(e.keywords) == 1 and e.keywords[0].name == "start" and len(e.args) == 1:
        # enumerate(xs, start=n): a List of (index, element) pairs built in Mojo.
        xs = c.expr(e.args[0])
        if not isinstance(xs.ty, T.ListType):
            return _fail(c, e, f"enumerate() needs a List, got '{xs.ty}'")
        start = c.coerce(c.expr(e.keywords[0].value, T.INT), T.INT)
        return _stdlib_call(c, e, "_enumerate_from", [xs, start])
    if e.keywords:
        return _fail(c, e, f"'{name}' takes no keyword arguments", e.keywords[0].span)
    if name == "len":
        args = _args(c, e, 1, 1, name)
        if args is None:
            return
        ty = args[0].ty
        if isinstance(args[0].const, tuple):
            e.ty, e.const = T.INT, len(args[0].const)
            return
        if isinstance(ty, T.TupleType):
            e.ty, e.const = T.INT, len(ty.elems)
            return
        if isinstance(ty, T.SimdType):
            e.ty, e.const = T.INT, ty.width
            return
        if isinstance(ty, (T.IntType, T.FloatType)) and ty != T.INT:
            e.ty, e.const = T.INT, 1  # a scalar (Float32, UInt8) is a SIMD of width 1 (Bool is not Sized)
            return
        if isinstance(args[0], A.Call) and args[0].target == ("range",):  # len(range(a, b, s))
            r = list(args[0].bound_args)
            zero, one = A.IntLit(e.span, 0), A.IntLit(e.span, 1)
            zero.ty, zero.const, one.ty, one.const = T.INT, 0, T.INT, 1
            r = [zero, r[0], one] if len(r) == 1 else (r + [one] if len(r) == 2 else r)
            return _stdlib_call(c, e, "_range_len", r)
        if is_as_bytes(args[0]):
            e.target, e.bound_args, e.ty = ("str_len",), [args[0].args[0]], T.INT
            return
        if isinstance(ty, T.IterType) and ty.kind in ("codepoints", "bytes") and \
                isinstance(args[0], A.Call) and args[0].target == ("iter",):
            s = args[0].bound_args[0]
            if ty.kind == "bytes":
                e.target, e.bound_args, e.ty = ("str_len",), [s], T.INT
                return
            return _stdlib_call(c, e, "_str_count_codepoints", [s])
        if isinstance(ty, T.ListType):
            e.target, e.bound_args, e.ty = ("len",), args, T.INT
        elif isinstance(ty, T.StructType) and "__len__" in ty.info.methods:
            return c.expr(A.Call(e.span, A.Attribute(e.span, args[0], "__len__", e.span), [], [], e.lparen))
        elif ty in (T.STRING, T.STR_LIT):
            c.error("`len(String/StringSlice)` is not supported because Mojo strings are UTF-8 encoded, so a single "
                    "length is ambiguous: it could mean the number of UTF-8 bytes, the number of Unicode code points, "
                    "or the number of user-visible characters (grapheme clusters). Use `s.byte_length()` or "
                    "`len(s.bytes())` for the number of UTF-8 bytes, `len(s.codepoints())` for Unicode code points, "
                    "or `len(s.graphemes())` for grapheme clusters.", e.func.span)  # Mojo 1.2's words
            e.ty = T.INT
        else:
            c.error(f"'{ty}' has no length", args[0].span)
            e.ty = T.INT
        return
    if name == "range":
        args = _args(c, e, 1, 3, name)
        e.ty = T.IterType("range", T.INT)
        if args is None:
            return
        for i, a in enumerate(args):
            if c.dialect_2023 and python_interop.is_python_object(a.ty):
                # `range(C.rows)` over an untyped 2023 `def`'s `object`s: the Python int's value
                a = c.expr(A.Call(a.span, A.Attribute(a.span, a, "__index__", a.span), [], [], a.span))
            if not (T.is_int(a.ty) or a.ty == T.INT_LIT):
                c.error(f"range() needs integers, got '{a.ty}'", a.span)
                return
            args[i] = c.coerce(a, T.INT)
        if len(args) == 3 and args[2].const == 0:
            c.error("range() step must not be zero", args[2].span)
        e.target, e.bound_args = ("range",), args
        return
    if name == "enumerate":
        args = _args(c, e, 1, 1, name)
        if args is None:
            return
        if not isinstance(args[0].ty, T.ListType):
            return _fail(c, e, f"enumerate() needs a List, got '{args[0].ty}'")
        e.target, e.bound_args = ("enumerate",), args
        e.ty = T.IterType("enumerate", T.TupleType((T.INT, args[0].ty.elem)))
        return
    if name in ("abs", "min", "max"):
        args = _args(c, e, 1 if name == "abs" else 2, 1 if name == "abs" else 8, name)
        if args is None:
            return
        if name == "abs" and isinstance(args[0].ty, T.StructType):
            return c.expr(A.Call(e.span, A.Attribute(e.span, args[0], "__abs__", e.span), [], [], e.lparen))
        if name != "abs" and all(a.ty in (T.STRING, T.STR_LIT) for a in args):
            # min/max of Strings (Mojo's are generic over Comparable): pairwise, first wins ties.
            acc = c.coerce(args[0], T.STRING)
            for a in args[1:]:
                acc = _stdlib_call(c, e, f"_str_{name}2", [acc, c.coerce(a, T.STRING)])
            return acc
        ty = _numeric_type(c, args)
        if ty is None or not (T.is_numeric(ty) or isinstance(ty, T.SimdType)):
            return _fail(c, e, f"'{name}' needs numbers of one type, got " + ", ".join(f"'{a.ty}'" for a in args))
        if all(a.const is not None for a in args) and all(a.ty in T.LITERALS for a in args):
            vals = [a.const for a in args]
            e.const = abs(vals[0]) if name == "abs" else (min(vals) if name == "min" else max(vals))
            e.ty = T.INT_LIT if all(a.ty == T.INT_LIT for a in args) else T.FLOAT_LIT
            return
        e.bound_args = [c.coerce(a, ty) for a in args]
        e.target, e.ty = (name,), ty
        return
    if name in ("ord", "chr"):
        args = _args(c, e, 1, 1, name)
        if args is None:
            return
        if name == "ord":
            if args[0].ty not in (T.STRING, T.STR_LIT):
                return _fail(c, e, f"ord() needs a String, got '{args[0].ty}'")
            if args[0].ty == T.STR_LIT and len(args[0].const) == 1:
                e.ty, e.const = T.INT, ord(args[0].const)  # an Int (not a literal): UInt8 >= ord("a") is an error
                return
            return _stdlib_call(c, e, "_ord", [c.coerce(args[0], T.STRING)])
        if not (T.is_int(args[0].ty) or args[0].ty == T.INT_LIT):
            return _fail(c, e, f"chr() needs an Int, got '{args[0].ty}'")
        return _stdlib_call(c, e, "_chr", [c.coerce(args[0], T.INT)])
    if name == "hash":
        args = _args(c, e, 1, 1, name)
        if args is None:
            return
        a = args[0]
        if isinstance(a.ty, T.StructType) and "__hash__" in a.ty.info.methods:
            if any(len(f.decl.params if f.decl is not None else f.params) > 1
                   for f in a.ty.info.methods["__hash__"].funcs):
                # Mojo 1.2's `__hash__(self, mut hasher: Some[Hasher])`: fed through std.hash's hasher
                return _stdlib_call(c, e, "_hash_of", [a])
            return c.expr(A.Call(e.span, A.Attribute(e.span, a, "__hash__", e.span), [], [], e.lparen))
        a = c.coerce(a, T.materialize(a.ty))
        if a.ty not in (T.INT, T.STRING, T.BOOL, T.F64):
            a = c.coerce(a, T.F64) if T.is_float(a.ty) else c.coerce(a, T.INT) if T.is_int(a.ty) else a
        h = A.Convert(e.span, _stdlib_call(c, e, "_hash", [a]))
        h.ty = T.INT_TYPES["UInt64"]  # Mojo's hash returns UInt64
        return h
    if name in ("reversed", "zip", "any", "all"):
        return _iter_builtin(c, e, name)
    if name in ("iter", "next"):
        return _iter_next(c, e, name)
    if name == "sort" and len(e.args) == 2:
        args = _args(c, e, 2, 2, name)
        if args is None:
            return
        if not isinstance(args[0].ty, T.ListType):
            return _fail(c, e, f"sort() needs a List, got '{args[0].ty}'")
        c.require_mutable(args[0])
        el = args[0].ty.elem
        return _stdlib_call(c, e, "_sort_by", [args[0], args[1]])
    if name == "sort":
        args = _args(c, e, 1, 1, name)
        if args is None:
            return
        ty = args[0].ty
        if not isinstance(ty, T.ListType):
            return _fail(c, e, f"sort() needs a List, got '{ty}'")
        if not (T.is_numeric(ty.elem) or ty.elem == T.STRING or
                (isinstance(ty.elem, T.StructType) and "__lt__" in ty.elem.info.methods)):
            return _fail(c, e, f"sort() needs elements that support '<', and '{ty.elem}' does not")
        c.require_mutable(args[0])
        if isinstance(ty.elem, T.StructType):
            probe = A.Name(e.span, "_")
            probe.ty = ty.elem
            e.sort_lt = c.method_call(probe, ty.elem.info, "__lt__", [probe], e.span)  # type: ignore[attr-defined]
        e.target, e.bound_args, e.ty = ("sort",), args, T.NONE
        return
    if name == "Error" and len(e.args) > 1:
        # Error("x = ", x): the arguments written one after another.
        msg = A.Call(e.span, A.Name(e.func.span, "String"), e.args, [], e.lparen)
        e.args = [msg]
    if name == "Error":
        args = _args(c, e, 0, 1, name)
        if args is None:
            return
        e.bound_args = [c.coerce(args[0], T.STRING)] if args else []
        e.target, e.ty = ("error",), T.ERROR
        return
    if name == "repr":
        args = _args(c, e, 1, 1, name)
        if args is None:
            return
        return _repr_of(c, e, args[0])
    if name == "round":
        return _round(c, e)
    if name in ("sqrt", "floor", "ceil", "trunc", "sin", "cos", "tan", "log", "exp", "log2", "log10", "atan",
                "tanh", "asin", "acos", "sinh", "cosh", "cbrt", "exp2", "isnan", "isinf", "erf", "erfc"):
        args = _args(c, e, 1, 1, name)
        if args is None:
            return
        ty = args[0].ty
        if name == "sqrt" and (ty == T.INT_LIT or ty in (T.INT, T.UINT)):  # sqrt(Int) -> Int, floor
            return _stdlib_call(c, e, "_isqrt", [c.coerce(args[0], T.INT)])
        if ty == T.INT_LIT and name in ("floor", "ceil", "trunc"):
            e.ty, e.const = T.INT_LIT, args[0].const
            return
        if ty in T.LITERALS:
            ty = T.F64
        if T.is_int(ty) and name in ("floor", "ceil", "trunc", "round"):
            e.bound_args, e.target, e.ty = [args[0]], ("identity",), ty
            return
        vector = isinstance(ty, T.SimdType) and T.is_float(ty.elem)  # lane by lane, as Mojo
        if not T.is_float(ty) and not vector:
            return _fail(c, e, f"'{name}' needs a floating-point value, got '{args[0].ty}'; "
                               f"convert with Float64(...)")
        e.bound_args = [c.coerce(args[0], ty)]
        mask = T.SimdType(T.BOOL, ty.width) if vector else T.BOOL
        e.target, e.ty = ("math", name), (mask if name in ("isnan", "isinf") else ty)
        return
    if name in ("atan2", "pow", "hypot", "copysign", "fma"):
        n = 3 if name == "fma" else 2
        args = _args(c, e, n, n, name)
        if args is None:
            return
        ty = _numeric_type(c, args)
        if name == "pow" and ty is not None and (T.is_int(ty) or ty == T.INT_LIT):
            # Mojo's pow[T: Powable](base: T, exp: T) -> T: Ints stay Ints (`base ** exp`).
            return c.expr(A.BinOp(e.span, "**", args[0], args[1], e.lparen))
        if ty in T.LITERALS or ty is None or T.is_int(ty):
            ty = T.F64 if ty is None or ty in T.LITERALS or T.is_int(ty) else ty
        if not all(c.convertible(a, ty) for a in args):
            return _fail(c, e, f"'{name}' needs floating-point values")
        e.bound_args = [c.coerce(a, ty) for a in args]
        e.target, e.ty = ("math", name), ty
        return
    if name in ("simd_bit_width", "simd_byte_width") and not e.args and not e.keywords:
        return type_query(c, e, name, [])  # std.sys: the host's vector width, without brackets
    return _fail(c, e, f"'{name}' is not supported yet", e.func.span)


def _round(c: Checker, e: A.Call) -> Any:
    """round(x) and round(x, ndigits): half to even, as Mojo; literals are rounded exactly."""
    import fractions

    args = _args(c, e, 1, 2, "round")
    if args is None:
        return
    x = args[0]
    if x.ty == T.INT_LIT and len(args) == 2 and isinstance(args[1].const, int) and isinstance(x.const, int):
        # Int.__round__(ndigits): down to a multiple of 10^-ndigits (see _round_int)
        nd = args[1].const
        e.ty, e.const = T.INT_LIT, x.const if nd >= 0 else x.const - x.const % 10 ** -nd
        return
    if x.ty in T.LITERALS and all(a.const is not None for a in args) and T.is_int(T.materialize(args[-1].ty)):
        nd = args[1].const if len(args) == 2 else None
        v = round(fractions.Fraction(x.const), nd) if nd is not None else round(fractions.Fraction(x.const))
        e.ty, e.const = (T.INT_LIT if x.ty == T.INT_LIT else T.FLOAT_LIT), fractions.Fraction(v)
        if x.ty == T.INT_LIT:
            e.const = int(v)
        return
    ty = T.materialize(x.ty)
    if T.is_int(ty) and len(args) == 1:
        e.bound_args, e.target, e.ty = [c.coerce(x, ty)], ("identity",), ty
        return
    if isinstance(ty, T.StructType) and "__round__" in ty.info.methods:
        return c.expr(A.Call(e.span, A.Attribute(e.span, x, "__round__", e.span), args[1:], [], e.lparen))
    if isinstance(ty, T.SimdType) and T.is_float(ty.elem) and len(args) == 1:
        # SIMD.__round__: each lane to the nearest integer, ties to even (llvm.roundeven)
        e.bound_args, e.target, e.ty = [x], ("math", "roundeven"), ty
        return
    if isinstance(ty, T.SimdType) and T.is_int(ty.elem) and len(args) == 1:
        e.bound_args, e.target, e.ty = [x], ("identity",), ty
        return
    if T.is_int(ty) and len(args) == 2:  # Int.__round__(ndigits)
        return _stdlib_call(c, e, "_round_int", [c.coerce(x, T.INT), c.coerce(args[1], T.INT)])
    if isinstance(ty, T.SimdType) and T.is_float(ty.elem) and len(args) == 2:
        return _stdlib_call(c, e, "_round_even", [x, c.coerce(args[1], T.INT)])
    if not T.is_float(ty):
        return _fail(c, e, f"'round' needs a number, got '{x.ty}'")
    xs = [c.coerce(x, ty)]
    if len(args) == 2:
        xs.append(c.coerce(args[1], T.INT))
    call = _stdlib_call(c, e, "_round_even", xs)
    return call


def _layout(c: Checker, ty: T.Type) -> tuple[int, int] | None:
    """(size, alignment) in bytes of a value of ty, as laid out here (and by Mojo for these types)."""
    ty = T.materialize(ty)
    if isinstance(ty, (T.IntType, T.FloatType)):
        n = ty.bits // 8
        return n, n
    if ty == T.BOOL:
        return 1, 1
    if isinstance(ty, T.SimdType):
        el = _layout(c, ty.elem)
        return (el[0] * ty.width, el[0] * ty.width) if el else None
    if isinstance(ty, T.StructType):
        size, align = 0, 1
        for _, fty in sorted(ty.info.fields.values(), key=lambda f: f[0]):
            fl = _layout(c, fty)
            if fl is None:
                return None
            size = (size + fl[1] - 1) // fl[1] * fl[1] + fl[0]
            align = max(align, fl[1])
        return (size + align - 1) // align * align, align
    return None


def _simd_bytes() -> int:
    import llvmlite.binding as llvm

    from ..codegen import backend

    backend.target_machine()
    feats = llvm.get_host_cpu_features()
    if feats.get("avx512f"):
        return 64
    if feats.get("avx"):
        return 32
    return 16


def mojo_type_name(ty: T.Type) -> str:
    """A type's name as Mojo 1.2 prints it in messages (Int is SIMD[DType.int, 1] there)."""
    ty = T.materialize(ty)
    if isinstance(ty, (T.IntType, T.FloatType)):
        dt = "int" if ty == T.INT else "uint" if str(ty) == "UInt" else T.dtype_name(ty)
        return f"SIMD[DType.{dt}, 1]"
    return str(ty)


def type_query(c: Checker, e: A.Call, name: str, indices: list[A.Expr]) -> Any:
    """size_of[T](), align_of[T](), bit_width_of[T](), simd_width_of[T](), simd_byte_width()."""
    e.target, e.bound_args, e.ty = ("const",), [], T.INT
    if name in ("simd_byte_width", "simd_bit_width"):
        e.const = _simd_bytes() * (8 if name == "simd_bit_width" else 1)
        return
    if name == "__type_is_eq":  # the library's `comptime if __type_is_eq[T, U]()` (std.utils.Variant)
        if len(indices) != 2:
            c.error("'__type_is_eq' takes two types", e.span)
            e.ty = T.UNKNOWN
            return
        e.ty, e.const = T.BOOL, c.resolve_type(indices[0]) == c.resolve_type(indices[1])
        return
    if len(indices) != 1:
        c.error(f"'{name}' takes one type parameter, e.g. '{name}[DType.float32]()'", e.span)
        e.ty = T.UNKNOWN
        return
    ix = indices[0]
    ty: T.Type | None = None
    if name == "__type_name_of":
        e.ty = T.STRING
        e.const = mojo_type_name(c.resolve_type(ix))
        return
    named = c._scope.lookup(ix.id) if isinstance(ix, A.Name) else None
    if isinstance(ix, A.Attribute) and isinstance(ix.value, A.Name) and ix.value.id == "DType" or \
            getattr(named, "ty", None) == T.DTYPE and not isinstance(named, TypeSym):
        # `DType.float32`, or a name bound to a DType value (`comptime f = DType.float64`, a `dtype` parameter)
        d = c.expr(ix)
        ty = d.const if d.ty == T.DTYPE else None
    else:
        ty = c.resolve_type(ix)
    layout = _layout(c, ty) if ty is not None and ty != T.UNKNOWN else None
    if layout is None:
        if ty != T.UNKNOWN:
            c.error(f"'{name}' of '{ty}' is not supported in Mojito yet", ix.span)
        e.ty = T.UNKNOWN
        return
    if name == "size_of":
        e.const = layout[0]
    elif name == "align_of":
        e.const = layout[1]
    elif name == "bit_width_of":
        e.const = layout[0] * 8
    else:
        e.const = max(1, _simd_bytes() // layout[0])


def test_suite_call(c: Checker, e: A.Call, f: A.Subscript, expected: T.Type | None) -> Any:
    """`TestSuite.discover_tests[__functions_in_module()]()` and `suite.test[fn]()` (std.testing)."""
    from .symbols import OverloadSet as _OS

    attr = f.value
    assert isinstance(attr, A.Attribute)
    sp = e.span

    def add(recv: A.Expr, method: str, fn: FuncInfo) -> A.Call:
        name = A.StrLit(sp, fn.name)
        return A.Call(sp, A.Attribute(sp, recv, method, sp), [name, A.Name(sp, fn.name)], [], e.lparen)

    if attr.attr == "discover_tests":
        ix = f.indices[0]
        if not (isinstance(ix, A.Call) and isinstance(ix.func, A.Name) and ix.func.id == "__functions_in_module"):
            return NotImplemented
        base = attr.value
        sym = c._scope.lookup(base.id) if isinstance(base, A.Name) else None
        if not (isinstance(sym, TypeSym) and sym.name == "TestSuite"):
            return NotImplemented
        tests = []
        for v in c.globals.names.values():
            if isinstance(v, _OS):
                for fn in v.funcs:
                    if fn.decl is not None and fn.decl.span.file == e.span.file and fn.name.startswith("test_") \
                            and not fn.params and fn.owner is None:
                        tests.append(fn)
        tests.sort(key=lambda fn: (fn.decl.span.line, fn.decl.span.col))
        call: A.Expr = A.Call(sp, A.Name(base.span, base.id), [], [], e.lparen)
        for fn in tests:
            call = add(call, "_add", fn)
        return c.expr(call, expected)
    if attr.attr in ("test", "skip"):
        recv = attr.value = c.expr(attr.value)
        if not (isinstance(recv.ty, T.StructType) and recv.ty.info.name == "TestSuite"):
            return NotImplemented
        ix = f.indices[0]
        fsym = c._scope.lookup(ix.id) if isinstance(ix, A.Name) else None
        if not isinstance(fsym, _OS) or len(fsym.funcs) != 1:
            c.error(f"'TestSuite.{attr.attr}' takes a test function, e.g. 'suite.{attr.attr}[test_add]()'", ix.span)
            e.ty = T.UNKNOWN
            return None
        if attr.attr == "skip":
            name = A.StrLit(sp, fsym.funcs[0].name)
            return c.expr(A.Call(sp, A.Attribute(sp, recv, "_skip_mut", sp), [name], [], e.lparen), expected)
        return c.expr(add(recv, "_add_mut", fsym.funcs[0]), expected)
    return NotImplemented


def hash_into(c: Checker, e: A.Call, value: A.Expr, hasher: A.Expr) -> Any:
    """`value.__hash__(hasher)` of a builtin value: `hasher._mix(_hash(value))` (std.hash's Hasher)."""
    v = c.coerce(value, T.materialize(value.ty))
    if v.ty not in (T.INT, T.STRING, T.BOOL, T.F64):
        v = c.coerce(v, T.F64) if T.is_float(v.ty) else c.coerce(v, T.INT) if T.is_int(v.ty) else v
    h = _std_call(c, e.span, "_hash", [v])
    return c.expr(A.Call(e.span, A.Attribute(e.span, hasher, "_mix", e.span), [h], [], e.lparen))


def builtin_method(c: Checker, e: A.Call, recv: A.Expr, name: str) -> Any:
    ty = recv.ty
    if simd.method(c, e, recv, name, []):
        return
    if (T.is_numeric(ty) or ty == T.BOOL) and not e.keywords:
        spelled = operator_spelled(c, e, recv, name)  # `x.__add__(y)`, `n.__abs__()`
        if spelled is not None:
            return spelled
    if isinstance(ty, T.TupleType) and name == "__len__" and not e.args:
        e.ty, e.const = T.INT, len(ty.elems)
        return
    if name == "__index__" and not e.args and T.is_int(ty) and c.dialect_2023:
        # 2023 `n.__index__()` (PythonObject's `len` gave an object then): the Int itself
        c.warn("'.__index__()' is the 2023 Mojo spelling; Mojo 1.2 uses the Int (or 'Int(x)')", e.func.attr_span)
        return c.coerce(recv, T.INT)
    if name == "copy" and not e.args and not isinstance(ty, T.ListType) and T.copyable(T.materialize(ty)):
        return c.coerce(recv, T.materialize(ty))  # a copy of a value type is the value
    saved = getattr(c, "_call_lparen", None)
    c._call_lparen = e.lparen
    expect: list[T.Type | None] = [None] * len(e.args)
    if isinstance(ty, T.ListType):  # `xs.append([])`, `xs.extend([])`: literals take the List's types
        expect = {"append": [ty.elem], "extend": [ty], "insert": [T.INT, ty.elem]}.get(name, expect)
    e.args = [c.expr(a, expect[i] if i < len(expect) else None) for i, a in enumerate(e.args)]
    c._call_lparen = saved
    for k in e.keywords:
        k.value = c.expr(k.value)
    if any(a.ty == T.UNKNOWN for a in e.args):
        e.ty = T.UNKNOWN
        return
    if name == "__hash__" and len(e.args) == 1 and not e.keywords and \
            (ty in (T.INT, T.UINT, T.STRING, T.STR_LIT, T.BOOL) or T.is_numeric(ty)):
        # `self.x.__hash__(hasher)` inside a struct's `__hash__`: mix the value's hash into the hasher.
        return hash_into(c, e, recv, e.args[0])
    if name == "__hash__" and len(e.args) == 1 and not e.keywords and isinstance(ty, T.TupleType) and ty.elems:
        # Tuple.__hash__ (a Dict/Set key `(r, c)`): its elements' hashes folded into one Int, mixed in
        sp = e.span
        acc: A.Expr = A.IntLit(sp, 0)
        for i in range(len(ty.elems)):
            part = A.Call(sp, A.Name(sp, "_hash"), [A.Subscript(sp, recv, [A.IntLit(sp, i)])], [], sp)
            acc = A.BinOp(sp, "^", A.BinOp(sp, "*", acc, A.IntLit(sp, 1000003)), part)
        return c.expr(A.Call(sp, A.Attribute(sp, acc, "__hash__", sp), e.args, [], e.lparen))
    if isinstance(ty, T.ListType):
        return _list_method(c, e, recv, ty, name)
    if name == "copy" and not e.args and not e.keywords and isinstance(ty, T.TupleType):
        # `t.copy()` of a Tuple holding Copyable-only values (a List, a struct): an explicit copy
        e.target, e.bound_args, e.ty = ("copy",), [recv], T.materialize(ty)
        return
    if isinstance(ty, T.PointerType):
        from . import pointers
        return pointers.method(c, e, recv, name)
    if ty in (T.STRING, T.STR_LIT):
        from .builtin_strings import unknown_string_method
        if unknown_string_method(c, e, ty, recv.const, name):
            return
        recv = c.coerce(recv, T.STRING)
        if name == "byte_length" and not e.args:
            if recv.const is not None:
                e.ty, e.const = T.INT, len(recv.const.encode())
                return
            e.target, e.bound_args, e.ty = ("str_len",), [recv], T.INT
            return
        if name == "codepoints" and not e.args:
            e.target, e.bound_args, e.ty = ("iter",), [recv], T.IterType("codepoints", T.CODEPOINT)
            return
        if name in ("as_bytes", "bytes") and not e.args:
            # A List[UInt8] of the bytes (Mojo's Span); `for b in s.as_bytes()` and len() read the String
            # itself (bytes_iter).
            return _stdlib_call(c, e, "_str_as_bytes", [recv])
        if name in ("format", "write", "join"):
            return _string_variadic_method(c, e, recv, name, literal=ty == T.STR_LIT)
        fname = STRING_METHODS.get(name) or "_str_" + name
        if isinstance(c.globals.names.get(fname), OverloadSet):
            args = [recv] + [c.coerce(a, T.STRING) if a.ty == T.STR_LIT else a for a in e.args]
            for k in e.keywords:
                if k.value.ty == T.STR_LIT:
                    k.value = c.coerce(k.value, T.STRING)
            call = A.Call(e.span, A.Name(e.func.span, fname), args, e.keywords, e.lparen)
            sym = c.globals.names.get(fname)
            if isinstance(sym, OverloadSet):
                call.func.sym = sym
                for a in call.args:
                    a.ty = a.ty  # already checked
                c.call_overloads(call, sym.funcs, None, e.func.span)
                return call
        c.error(f"'String' value has no attribute '{name}'", _at_dot(e.func.attr_span))
        e.ty = T.UNKNOWN
        return
    if isinstance(ty, T.OptionalType):
        if name in ("value", "unsafe_value") and not e.args:
            e.target, e.bound_args, e.ty = ("opt_value",), [recv], ty.elem
            return
        if name in ("take", "unsafe_take") and not e.args:
            require_mutable_receiver(c, recv, name)
            return _stdlib_call(c, e, "_opt_take", [recv])
        if name == "or_else" and len(e.args) == 1:
            e.target, e.bound_args, e.ty = ("opt_or_else",), [recv, c.coerce(e.args[0], ty.elem)], ty.elem
            return
        if isinstance(c.globals.names.get("_opt_" + name), OverloadSet):
            # Methods written in Mojo (stdlib/collections.mojo): `_opt_NAME(o, args...)`.
            call = A.Call(e.span, A.Name(e.func.span, "_opt_" + name), [recv] + list(e.args), e.keywords, e.lparen)
            call.func.sym = c.globals.names["_opt_" + name]
            c.call_overloads(call, call.func.sym.funcs, None, e.func.span)
            return call
        c.error(f"'{ty}' value has no attribute '{name}'", _at_dot(e.func.attr_span))
        e.ty = T.UNKNOWN
        return
    if ty == T.CODEPOINT:
        as_int = A.Convert(recv.span, recv)
        as_int.ty = T.INT
        if name == "to_u32" and not e.args:
            conv = A.Convert(e.span, recv)
            conv.ty = T.INT_TYPES["UInt32"]
            return conv
        if not e.args and isinstance(c.globals.names.get("_cp_" + name), OverloadSet):
            return _stdlib_call(c, e, "_cp_" + name, [as_int])
    if ty == T.WRITER and name == "write":
        for a in e.args:
            _require_writable(c, a)
        e.target, e.bound_args, e.ty = ("writer_write",), [recv] + e.args, T.NONE
        return
    if T.is_numeric(ty) and name == "to_int" and not e.args:
        c.warn("'.to_int()' is the 2023 Mojo spelling; Mojo 1.2 writes 'Int(x)'", e.func.attr_span)
        conv = A.Convert(e.span, recv)
        conv.ty = T.INT
        return conv
    c.error(f"'{ty}' value has no attribute '{name}'", _at_dot(e.func.attr_span))
    e.ty = T.UNKNOWN


def _at_dot(attr_span: Any) -> Any:
    """Mojo names a missing method at the '.' before it ("value has no attribute")."""
    from .support import _dot

    return _dot(attr_span)


def builtin_static(c: Checker, e: A.Call, ty: T.Type, name: str) -> Any:
    """Static methods of the types laid out by codegen: `Codepoint.ord(s)`."""
    if ty == T.CODEPOINT and name == "ord" and len(e.args) == 1 and not e.keywords:
        s = c.coerce(c.expr(e.args[0], T.STRING), T.STRING)
        conv = A.Convert(e.span, _stdlib_call(c, e, "_cp_ord", [s]))
        conv.ty = T.CODEPOINT
        return conv
    if ty == T.CODEPOINT and name == "from_u32" and len(e.args) == 1 and not e.keywords:
        x = c.expr(e.args[0])
        if x.ty != T.INT_LIT:
            x = A.Convert(x.span, x)
            x.ty = T.INT
        return _stdlib_call(c, e, "_cp_from_u32", [c.coerce(x, T.INT)])
    return NotImplemented
