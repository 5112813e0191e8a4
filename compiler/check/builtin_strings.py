"""Checks of String-specific builtins: repr() and its type names, String.format's placeholders,
the variadic String methods (join, write...), byte/codepoint/grapheme subscripts and slice bounds."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..frontend import ast as A
from . import types as T
from .builtin_support import _fail, _require_writable, _require_writable_type, _std_call, _stdlib_call

if TYPE_CHECKING:
    from .checker import Checker


# The methods a user may call on String, StringSlice and StringLiteral in Mojo 1.2 (the API checklist,
# shared/mojo-std-api). The stdlib's `_str_NAME` helpers (rsplit, partition, zfill...) stay private:
# Mojo 1.2 reports "value has no attribute" for them, and a program that leans on one would not run there.
MOJO_STRING_METHODS = frozenset("""
    __add__ __bool__ __contains__ __eq__ __float__ __fspath__ __ge__ __getitem__ __gt__ __hash__ __iadd__
    __int__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __radd__ __reversed__ append as_bytes
    as_c_string_slice as_c_string_span as_imm as_string_slice ascii_center ascii_ljust ascii_rjust
    byte_length bytes capacity capacity_bytes codepoint_slices codepoint_slices_reversed codepoints copy
    count count_codepoints count_graphemes endswith find format get_immutable grapheme_indices graphemes
    graphemes_reversed is_ascii_digit is_ascii_printable is_ascii_whitespace is_codepoint_boundary islower
    isnewline isspace isupper join lower lstrip removeprefix removesuffix replace reserve reserve_bytes
    resize rfind rstrip set_byte_length split split_at_grapheme splitlines startswith strip
    unsafe_as_bytes_mut unsafe_ptr unsafe_ptr_mut upper write write_repr_to write_string write_to
""".split())


def unknown_string_method(c: Checker, e: A.Call, recv_ty: T.Type, recv_const: Any, name: str) -> bool:
    """Report `s.NAME(...)` when Mojo 1.2's String has no NAME (user code of the 1.2 dialect only)."""
    if name in MOJO_STRING_METHODS or c.dialect_2023 or e.span.file.startswith("<std>"):
        return False
    from .support import _dot

    shown = f'StringLiteral["{recv_const}"]' if recv_ty == T.STR_LIT and isinstance(recv_const, str) else "String"
    c.error(f"'{shown}' value has no attribute '{name}'", _dot(e.func.attr_span))
    e.ty = T.UNKNOWN
    return True


def _construct_builtin(c: Checker, e: A.Call, ty: T.Type, expected: T.Type | None) -> Any:
    from .builtin_constructors import construct_builtin  # which imports this module

    return construct_builtin(c, e, ty, expected)


def _repr_type_name(ty: T.Type) -> str | None:
    """How Mojo 1.2's repr names a type (Int is Scalar[DType.int]), for the types it is known."""
    if isinstance(ty, (T.IntType, T.FloatType)):
        return f"SIMD[DType.{ty.name.lower()}, 1]"
    if ty in (T.BOOL, T.STRING):
        return str(ty)
    if isinstance(ty, (T.ListType, T.OptionalType)):
        inner = _repr_type_name(ty.elem)
        return None if inner is None else f"{type(ty).__name__[:-4]}[{inner}]"
    return None


def _repr_of(c: Checker, e: A.Call, a: A.Expr) -> Any:
    """repr(a) as the call e, with a already checked."""
    if a.ty in (T.STRING, T.STR_LIT):
        return _stdlib_call(c, e, "_str_repr", [c.coerce(a, T.STRING)])
    if a.ty == T.CODEPOINT:
        code = A.Convert(a.span, a)
        code.ty = T.INT
        return _stdlib_call(c, e, "_repr_scalar", [_str_const(e, "Codepoint"), _as_string(c, code)])
    if isinstance(a.ty, T.StructType) and "write_repr_to" in a.ty.info.methods:
        c.require_method(a.ty.info, "write_repr_to")
        e.target, e.bound_args, e.ty = ("repr",), [a], T.STRING
        e.repr_method = True  # type: ignore[attr-defined]
        return None
    if isinstance(a.ty, (T.ListType, T.OptionalType)) and _repr_type_name(a.ty) is not None:
        # Mojo: List[SIMD[DType.int, 1]]([Int(1), Int(2)]), Optional[String]('s')
        fname = "_list_repr" if isinstance(a.ty, T.ListType) else "_optional_repr"
        return _stdlib_call(c, e, fname, [_str_const(e, _repr_type_name(a.ty)), a])
    if T.is_numeric(a.ty) or a.ty in (T.INT_LIT, T.FLOAT_LIT):
        a = c.coerce(a, T.materialize(a.ty))
        return _stdlib_call(c, e, "_repr_scalar", [_str_const(e, str(a.ty)), _as_string(c, a)])
    if isinstance(a.ty, T.SimdType):  # SIMD[DType.int16, 2](1, 2)
        name = f"SIMD[DType.{T.dtype_name(a.ty.elem)}, {a.ty.width}]"
        return _stdlib_call(c, e, "_repr_simd", [_str_const(e, name), _as_string(c, a)])
    _require_writable(c, a)
    e.target, e.bound_args, e.ty = ("repr",), [a], T.STRING
    return None


def _as_repr(c: Checker, a: A.Expr) -> A.Expr:
    """repr(a), checked: a is already checked."""
    call = A.Call(a.span, A.Name(a.span, "repr"), [a], [], a.span)
    r = _repr_of(c, call, a)
    return call if r is None else r


def _format_reprs(fmt: str | None, args: list[A.Expr]) -> list[bool]:
    """Which arguments of fmt.format(*args) need their repr ("{!r}", "{N!r}"). A format not known
    at compile time gets reprs of the arguments that can be read twice without effect."""
    import re

    if fmt is None:
        simple = (A.Name, A.IntLit, A.FloatLit, A.StrLit, A.BoolLit)
        return [isinstance(a, simple) for a in args]
    need = [False] * len(args)
    auto = 0
    for field in re.findall(r"\{([^{}]*)\}", fmt.replace("{{", "").replace("}}", "")):
        name, bang, flag = field.partition("!")
        k = auto if not name.strip() else (int(name) if name.strip().lstrip("+-").isdigit() else -1)
        if not name.strip():
            auto += 1
        if bang and flag == "r" and 0 <= k < len(args):
            need[k] = True
    return need


def _as_string(c: Checker, a: A.Expr) -> A.Expr:
    """String(a), checked: a is already checked."""
    if a.ty in (T.STRING, T.STR_LIT):
        return c.coerce(a, T.STRING)
    conv = A.Call(a.span, A.Name(a.span, "String"), [a], [], a.span)
    conv.func.sym = c.globals.names["String"]
    _construct_builtin(c, conv, T.STRING, T.STRING)
    return conv


def _string_variadic_method(c: Checker, e: A.Call, recv: A.Expr, name: str, literal: bool = False) -> Any:
    """s.format(*args), s.write(*args), sep.join(list): each argument is made a String first."""
    if name == "join":
        if len(e.args) != 1 or e.keywords:
            return _fail(c, e, "'join' takes one argument, a List")
        lst = e.args[0]
        if isinstance(lst.ty, T.ListType) and lst.ty.elem in (T.STRING, T.STR_LIT):
            return _stdlib_call(c, e, "_str_join_strings", [recv, c.coerce(lst, T.ListType(T.STRING))])
        if not isinstance(lst.ty, T.ListType):
            return _fail(c, e, f"'join' needs a List, got '{lst.ty}'")
        _require_writable_type(c, lst.ty.elem, lst)
        return _stdlib_call(c, e, "_str_join_writable", [recv, lst])
    for a in e.args:
        _require_writable(c, a)
    reprs = None
    if name == "format":
        need = _format_reprs(recv.const if isinstance(recv.const, str) else None, e.args)
        if any(need):
            # "{!r}" fields: the arguments' reprs travel beside their Strings ("" where unused).
            reprs = A.ListExpr(e.span, [_as_repr(c, a) if n else _str_const(e, "")
                                        for a, n in zip(e.args, need)])
            reprs.ty = T.ListType(T.STRING)
    if e.args:
        lst: A.Expr = A.ListExpr(e.span, [_as_string(c, a) for a in e.args])
        lst.ty = T.ListType(T.STRING)
    else:
        lst = _empty_string_list(c, e)
    if name == "format":
        if reprs is None:
            reprs = _empty_string_list(c, e)
        if isinstance(recv.const, str) and literal:
            # A StringLiteral format is checked here, as Mojo checks it at compile time: the call
            # then cannot raise. (A String's format is checked when it runs.)
            problem = _format_problem(recv.const, len(e.args))
            if problem:
                return _fail(c, e, problem)
            return _stdlib_call(c, e, "_str_format_known", [c.coerce(recv, T.STRING), lst, reprs])
        return _stdlib_call(c, e, "_str_format", [c.coerce(recv, T.STRING), lst, reprs])
    c.require_mutable(recv)
    return _stdlib_call(c, e, "_str_write_all", [recv, lst])


_NO_INDEX = -(2 ** 63)  # a slice bound left out; the stdlib reads it as "from the start" / "to the end"


def slice_bounds(c: Checker, v: A.Call) -> list[A.Expr]:
    """The (start, stop, step) of a parsed `a:b:c` (a call of `slice`), missing ones as _NO_INDEX."""
    out = []
    for x in v.args:
        if isinstance(x, A.NoneLit):
            n = A.IntLit(x.span, _NO_INDEX)
            n.ty, n.const = T.INT, _NO_INDEX
            out.append(n)
        else:
            out.append(c.coerce(c.expr(x, T.INT), T.INT))
    return out


def _is_slice(v: A.Expr) -> bool:
    return isinstance(v, A.Call) and isinstance(v.func, A.Name) and v.func.id == "slice"


def string_codepoint_index(c: Checker, e: A.Subscript, base: A.Expr, v: A.Expr) -> Any:
    """s[codepoint=i] and s[codepoint=a:b]."""
    call = A.Call(e.span, A.Name(e.span, "_"), [], [], e.span)
    s = c.coerce(base, T.STRING)
    if _is_slice(v):
        a, z, _ = slice_bounds(c, v)  # type: ignore[arg-type]
        return _stdlib_call(c, call, "_str_codepoint_range", [s, a, z])
    return _stdlib_call(c, call, "_str_codepoint_at", [s, c.coerce(c.expr(v, T.INT), T.INT)])


def string_grapheme_index(c: Checker, e: A.Subscript, base: A.Expr, v: A.Expr) -> Any:
    """s[grapheme=i]: the i-th user-perceived character."""
    return _std_call(c, e.span, "_str_grapheme_at", [c.coerce(base, T.STRING), c.coerce(c.expr(v, T.INT), T.INT)])


def _str_const(e: A.Expr, text: str) -> A.Expr:
    k = A.StrLit(e.span, text)
    k.ty, k.const = T.STRING, text
    k.target = ("const",)  # type: ignore[attr-defined]
    return k


def _empty_string_list(c: Checker, e: A.Call) -> A.Expr:
    call = A.Call(e.span, A.Name(e.span, "List"), [], [], e.lparen)
    call.target, call.bound_args, call.ty = ("list_new",), [], T.ListType(T.STRING)
    return call


def _format_problem(fmt: str, nargs: int) -> str | None:
    """Mojo's error for `fmt.format(...)` with nargs arguments (stdlib _str_format's rules), or None."""
    auto = manual = 0
    bad = None
    i, n, open_at = 0, len(fmt), -1
    while i < n:
        ch = fmt[i]
        if ch == "{":
            if open_at == -1:
                open_at = i
            elif i - open_at != 1:
                return "there is a single curly { left unclosed or unescaped"
            else:
                open_at = -1
        elif ch == "}":
            if open_at == -1:
                if fmt[i + 1:i + 2] != "}":
                    return "there is a single curly } left unclosed or unescaped"
                i += 1
            else:
                field, bang, flag = fmt[open_at + 1:i].partition("!")
                if bang and not flag:
                    return "Empty conversion flag."
                if bang and flag not in ("r", "s"):
                    return f'Conversion flag "{flag}" not recognized.'
                if not field:
                    if auto >= nargs:
                        bad = "Automatic indexing require more args in *args"
                        break
                    auto += 1
                else:
                    text = field.strip()
                    digits = text[1:] if text[:1] in "+-" else text
                    if not digits or not digits.replace("_", "").isdigit():
                        bad = f"Index {field} not in kwargs"
                        break
                    k = int(text.replace("_", ""))
                    if not 0 <= k < nargs:
                        bad = f"Index {k} not in *args"
                        break
                    manual += 1
                open_at = -1
        i += 1
    if bad and not bad.startswith("Index") or bad and "kwargs" in bad:
        return bad
    if manual and auto:
        return "Cannot both use manual and automatic indexing"
    if bad:
        return bad
    if open_at != -1:
        return "there is a single curly { left unclosed or unescaped"
    return None
