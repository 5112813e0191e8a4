"""SIMD vectors and DType values.

`SIMD[DType.int32, 8]` is a `types.SimdType`; a DType value is represented by its scalar type
(DType.int32 is Int32), so `Scalar[dt]` is just that type and width-1 SIMD is the scalar itself.
Codegen lowers SIMD values to LLVM vectors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import legacy2023
from ..frontend import ast as A
from . import types as T

if TYPE_CHECKING:
    from .checker import Checker

DTYPES: dict[str, T.Type] = {
    "int8": T.INT_TYPES["Int8"], "int16": T.INT_TYPES["Int16"], "int32": T.INT_TYPES["Int32"],
    "int64": T.INT_TYPES["Int64"], "uint8": T.INT_TYPES["UInt8"], "uint16": T.INT_TYPES["UInt16"],
    "uint32": T.INT_TYPES["UInt32"], "uint64": T.INT_TYPES["UInt64"], "float16": T.FLOAT_TYPES["Float16"],
    "float32": T.FLOAT_TYPES["Float32"], "float64": T.FLOAT_TYPES["Float64"], "bool": T.BOOL, "index": T.INT,
}
REDUCTIONS = {"reduce_add": "+", "reduce_mul": "*", "reduce_max": "max", "reduce_min": "min",
              "reduce_and": "&", "reduce_or": "|"}
MASKS = {"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}
DTYPE_QUERIES = {"is_floating_point": T.is_float, "is_integral": T.is_int,
                 "is_signed": lambda t: T.is_float(t) or (T.is_int(t) and t.signed),
                 "is_unsigned": lambda t: T.is_int(t) and not t.signed}


def dtype_of(c: Checker, e: A.Expr) -> T.Type | None:
    """The scalar type a DType expression denotes (`DType.int32`, or a DType parameter)."""
    v = c.expr(e)
    if v.ty == T.DTYPE and isinstance(v.const, T.Type):
        return v.const
    if v.ty != T.UNKNOWN:
        c.error("expected a DType such as 'DType.float32'", e.span)
    return None


def resolve(c: Checker, base: str, e: A.Subscript) -> T.Type:
    """`SIMD[dt, w]` or `Scalar[dt]` in a type position."""
    saved = c._ctx
    c._ctx = None
    try:
        elem = dtype_of(c, e.indices[0]) if e.indices else None
        if elem is None:
            return T.UNKNOWN
        if base == "Scalar":
            return elem
        if len(e.indices) != 2:
            c.error("SIMD takes a DType and a width: 'SIMD[DType.float32, 4]'", e.span)
            return T.UNKNOWN
        w = c.coerce(c.expr(e.indices[1], T.INT), T.INT)
        if not isinstance(w.const, int) or w.const < 1 or w.const & (w.const - 1):
            c.error("a SIMD width must be a power of two known at compile time", e.indices[1].span)
            return T.UNKNOWN
        return elem if w.const == 1 else T.SimdType(elem, w.const)
    finally:
        c._ctx = saved


def dtype_attribute(c: Checker, e: A.Attribute) -> bool:
    """`DType.int32` -> a DType value."""
    from .symbols import TypeSym

    sym = c._scope.lookup(e.value.id) if isinstance(e.value, A.Name) else None
    if isinstance(sym, TypeSym) and sym.ty == T.DTYPE:
        if e.attr in DTYPES:
            e.ty, e.const = T.DTYPE, DTYPES[e.attr]
        elif legacy2023.dtype(c, e.attr, e.attr_span) is not None:  # `DType.f32` (2023)
            e.ty, e.const = T.DTYPE, DTYPES[legacy2023.DTYPES[e.attr]]
        else:
            c.error(f"'DType' has no member '{e.attr}'", e.attr_span)
            e.ty = T.UNKNOWN
        return True
    return False


def broadcast(c: Checker, e: A.Expr, st: T.SimdType) -> A.Expr:
    """A scalar (or literal) used where a vector is needed: every lane gets it."""
    if e.ty == st:
        return e
    scalar = c.coerce(e, st.elem)
    conv = A.Convert(e.span, scalar)
    conv.ty = st
    return conv


def binop(c: Checker, e: A.BinOp) -> bool:
    lt, rt = e.left.ty, e.right.ty
    st = lt if isinstance(lt, T.SimdType) else rt if isinstance(rt, T.SimdType) else None
    if st is None:
        return False
    if isinstance(lt, T.SimdType) and isinstance(rt, T.SimdType) and lt != rt:
        c.error(f"cannot use '{e.op}' on '{lt}' and '{rt}'", e.op_span or e.span)
        e.ty = T.UNKNOWN
        return True
    if e.op in ("&", "|", "^", "<<", ">>") and T.is_float(st.elem):
        c.error(f"'{e.op}' needs integer lanes, not '{st}'", e.op_span or e.span)
        e.ty = T.UNKNOWN
        return True
    e.left, e.right = broadcast(c, e.left, st), broadcast(c, e.right, st)
    e.ty = st
    return True


def compare(c: Checker, op: str, a: A.Expr, b: A.Expr, span: Any) -> Any:
    """`v == w` of vectors is one Bool, whether all lanes are equal (`!=`: whether any differs),
    as Mojo 1.2's SIMD.__eq__; ordering is only for scalars (lanewise: `v.lt(w)`)."""
    lt, rt = a.ty, b.ty
    st = lt if isinstance(lt, T.SimdType) else rt
    assert isinstance(st, T.SimdType)
    if isinstance(lt, T.SimdType) and isinstance(rt, T.SimdType) and lt != rt:
        c.error(f"cannot compare '{lt}' with '{rt}'", span)
        return None
    if op in ("<", "<=", ">", ">=") and c._in_2023_code():
        # 2023 SIMD ordering was lanewise (`t = x.fma(x, y2) <= 4` in Mandelbrot): Mojo 1.2's `v.le(w)`
        c.warn(f"'{op}' between SIMD vectors is the 2023 Mojo spelling; Mojo 1.2 writes "
               f"'v.{ {'<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge'}[op]}(w)'", span)
        mask = A.Call(span, A.Name(span, "_"), [], [], span)
        mask.target, mask.bound_args = ("simd_mask", op), [broadcast(c, a, st), broadcast(c, b, st)]
        mask.ty = T.SimdType(T.BOOL, st.width)
        return ("method", mask)
    if op not in ("==", "!="):
        name = {"<": "lt", "<=": "le", ">": "gt", ">=": "ge"}.get(op)
        if name is None:
            c.error(f"'{st}' does not support '{op}'", span)
        else:
            c.error(f"inequality is only defined for `Scalar`s; did you mean to use `SIMD.{name}(...)`?", span)
        return None
    mask = A.Call(span, A.Name(span, "_"), [], [], span)
    mask.target, mask.bound_args = ("simd_mask", op), [broadcast(c, a, st), broadcast(c, b, st)]
    mask.ty = T.SimdType(T.BOOL, st.width)
    red = A.Call(span, A.Name(span, "_"), [], [], span)
    red.target, red.bound_args, red.ty = ("simd_reduce", "&" if op == "==" else "|"), [mask], T.BOOL
    return ("method", red)


def construct(c: Checker, e: A.Call, st: T.SimdType) -> None:
    args = [c.expr(a, st.elem) for a in e.args]
    if len(e.keywords) == 1 and e.keywords[0].name == "fill" and not args:  # `SIMD[D, w](fill=x)`
        args = [c.expr(e.keywords[0].value, st.elem)]
        e.keywords = []
    elif e.keywords:
        c.error(f"'{st}' takes no keyword argument '{e.keywords[0].name}'", e.keywords[0].span)
    if len(args) == 1 and T.is_numeric(args[0].ty) and args[0].ty not in (T.INT, T.UINT, st.elem):
        # `SIMD[DType.float32, 4](x)` of a Float64 scalar: the explicit converting constructor
        conv = A.Convert(args[0].span, args[0])
        conv.ty = st.elem
        args = [conv]
    if not args and not e.keywords:  # `SIMD[D, w]()`: all lanes zero
        args = [c.expr(A.IntLit(e.lparen, 0), st.elem)]
    if len(args) == 1:
        e.target, e.bound_args = ("simd_splat",), [c.coerce(args[0], st.elem)]
    elif len(args) == st.width:
        e.target, e.bound_args = ("simd_lanes",), [c.coerce(a, st.elem) for a in args]
    else:
        c.error(f"'{st}' takes 1 value (broadcast) or {st.width} values, got {len(args)}", e.lparen)
    e.ty = st


def from_bits(c: Checker, e: A.Call, ty: T.Type) -> bool:
    """`Float32(from_bits=UInt32(...))`, `SIMD[D, w](from_bits=v)`: lanes of an integer dtype of the same
    bit width, reinterpreted (the inverse of `to_bits`)."""
    elem = ty.elem if isinstance(ty, T.SimdType) else ty
    if not T.is_numeric(elem) or elem in (T.INT, T.UINT):
        return False
    src = c.expr(e.keywords[0].value)
    s_elem = src.ty.elem if isinstance(src.ty, T.SimdType) else src.ty
    width = ty.width if isinstance(ty, T.SimdType) else 1
    s_width = src.ty.width if isinstance(src.ty, T.SimdType) else 1
    if not T.is_int(s_elem) or s_elem in (T.INT, T.UINT) or s_elem.bits != elem.bits or s_width != width:
        c.error(f"'from_bits' needs integer lanes of {elem.bits} bits, got '{src.ty}'", e.keywords[0].span)
        e.ty = T.UNKNOWN
        return True
    e.keywords = []
    e.target, e.bound_args, e.ty = ("simd_bitcast",), [src], ty
    return True


def _lanes_of(c: Checker, e: A.Call, st: T.SimdType, lanes: list[tuple[A.Expr, int]]) -> None:
    """A vector built lane by lane from lanes of other vectors (`slice`, `insert`)."""
    parts = []
    for v, i in lanes:
        sub = A.Subscript(e.span, v, [A.IntLit(e.span, i)], [])
        parts.append(c.expr(sub) if isinstance(v.ty, T.SimdType) else v)
    e.target, e.bound_args, e.ty = ("simd_lanes",), parts, st


def _offset(c: Checker, keywords: list[A.Keyword]) -> int | None:
    kw = {k.name: k for k in keywords}
    if set(kw) - {"offset"}:
        return None
    if "offset" not in kw:
        return 0
    v = c.coerce(c.expr(kw["offset"].value, T.INT), T.INT).const
    return v if isinstance(v, int) else None


def method(c: Checker, e: A.Call, recv: A.Expr, name: str, params: list[A.Expr],
           keywords: list[A.Keyword] | None = None) -> bool:
    ty = recv.ty
    if isinstance(ty, T.SimdType) and name in ("slice", "insert") and (params or keywords):
        # `v.slice[n, offset=k]()` and `v.insert[offset=k](w)`: lanes picked at compile time
        off = _offset(c, keywords or [])
        args = [c.expr(a) for a in e.args]
        if name == "slice" and len(params) == 1 and not args and off is not None:
            n = c.coerce(c.expr(params[0], T.INT), T.INT).const
            if isinstance(n, int) and n >= 1 and off + n <= ty.width and not n & (n - 1):
                if n == 1:
                    sub = c.expr(A.Subscript(e.span, recv, [A.IntLit(e.span, off)], []))
                    e.target, e.bound_args, e.ty = ("identity",), [sub], ty.elem
                else:
                    _lanes_of(c, e, T.SimdType(ty.elem, n), [(recv, off + i) for i in range(n)])
                return True
        if name == "insert" and not params and len(args) == 1 and off is not None:
            w = args[0]
            n = w.ty.width if isinstance(w.ty, T.SimdType) else 1 if w.ty == ty.elem else 0
            if n and off + n <= ty.width:
                _lanes_of(c, e, ty, [(w, i - off) if off <= i < off + n else (recv, i) for i in range(ty.width)])
                return True
        c.error(f"'{ty}' has no method '{name}' taking these parameters", e.span)
        e.ty = T.UNKNOWN
        return True
    if ty == T.DTYPE and name in DTYPE_QUERIES and not e.args:
        e.ty, e.const = T.BOOL, bool(DTYPE_QUERIES[name](recv.const)) if recv.const is not None else None
        return True
    if ty == T.BOOL and name in ("reduce_or", "reduce_and") and not e.args and not params:
        # `SIMD[DType.bool, w]` with w = 1 (a vectorize tail) is Bool here: its reductions are itself.
        e.target, e.bound_args, e.ty = ("identity",), [recv], ty
        return True
    if T.is_numeric(ty) and ty not in (T.INT, T.UINT) and name in REDUCTIONS and not e.args and not params:
        # A scalar is SIMD of width 1 (`SIMD[D, w]` with w = 1 in generic code): it reduces to itself.
        e.target, e.bound_args, e.ty = ("identity",), [recv], ty
        return True
    if not isinstance(ty, T.SimdType):
        return _scalar_method(c, e, recv, name, params)
    args = [c.expr(a) for a in e.args]
    if name in REDUCTIONS and not args and len(params) == 1:
        # `v.reduce_add[k]()`: halve until k lanes are left, the vector of those k lanes
        k = c.coerce(c.expr(params[0], T.INT), T.INT).const
        if not isinstance(k, int) or k < 1 or k > ty.width or k & (k - 1):
            c.error(f"'{name}' needs a power-of-two output width from 1 to {ty.width}", e.span)
            e.ty = T.UNKNOWN
            return True
        e.target, e.bound_args = ("simd_reduce", (REDUCTIONS[name], k)), [recv]
        e.ty = ty.elem if k == 1 else T.SimdType(ty.elem, k)
    elif name in REDUCTIONS and not args:
        e.target, e.bound_args, e.ty = ("simd_reduce", REDUCTIONS[name]), [recv], ty.elem
    elif name == "reduce_bit_count" and not args and not params and (T.is_int(ty.elem) or ty.elem == T.BOOL):
        e.target, e.bound_args, e.ty = ("simd_bitcount",), [recv], T.INT
    elif name == "clamp" and len(args) == 2 and not params:
        _clamp(c, e, recv, broadcast(c, args[0], ty), broadcast(c, args[1], ty), ty)
    elif name in ("split", "deinterleave") and not args and not params and ty.width >= 2:
        half = ty.width // 2
        parts = []
        for k in range(2):
            idx = tuple(range(k * half, (k + 1) * half)) if name == "split" else tuple(range(k, ty.width, 2))
            part = A.Call(e.span, A.Name(e.span, "_"), [], [], e.span)
            part.target, part.bound_args = ("simd_shuffle", idx), [recv]
            part.ty = ty.elem if half == 1 else T.SimdType(ty.elem, half)
            if half == 1:  # one lane: the scalar itself
                part = c.expr(A.Subscript(e.span, recv, [A.IntLit(e.span, idx[0])], []))
            parts.append(part)
        tup = c.expr(A.TupleExpr(e.span, parts))
        e.target, e.bound_args, e.ty = ("identity",), [tup], tup.ty
    elif name in MASKS and len(args) == 1:
        e.target, e.bound_args = ("simd_mask", MASKS[name]), [recv, broadcast(c, args[0], ty)]
        e.ty = T.SimdType(T.BOOL, ty.width)
    elif name == "select" and len(args) == 2 and ty.elem == T.BOOL:
        vt = args[0].ty if isinstance(args[0].ty, T.SimdType) else args[1].ty
        if not isinstance(vt, T.SimdType) or vt.width != ty.width:
            c.error(f"select needs two SIMD values of width {ty.width}", e.lparen)
            e.ty = T.UNKNOWN
            return True
        e.target, e.bound_args, e.ty = ("simd_select",), [recv, broadcast(c, args[0], vt), broadcast(c, args[1], vt)], vt
    elif name == "fma" and len(args) == 2 and not params and T.is_float(ty.elem):  # `a.fma(b, c)`: a * b + c
        e.target, e.bound_args, e.ty = ("math", "fma"), [recv, broadcast(c, args[0], ty), broadcast(c, args[1], ty)], ty
    elif name == "copy" and not args and not params:  # a SIMD value is trivially copied
        e.target, e.bound_args, e.ty = ("identity",), [recv], ty
    elif name == "cast" and len(params) == 1 and not args:
        elem = dtype_of(c, params[0])
        if elem is None:
            e.ty = T.UNKNOWN
            return True
        e.target, e.bound_args, e.ty = ("simd_cast",), [recv], T.SimdType(elem, ty.width)
    elif name == "shuffle" and params and len(args) <= 1:
        # `v.shuffle[3, 2, 1, 0]()`, or `v.shuffle[0, 4, 1, 5](w)`: indices past v's lanes pick w's
        idx = [c.coerce(c.expr(p, T.INT), T.INT).const for p in params]
        lanes = ty.width * (1 + len(args))
        if any(not isinstance(i, int) or not 0 <= i < lanes for i in idx):
            c.error(f"shuffle indices must be constants from 0 to {lanes - 1}", e.lparen)
        srcs = [recv] + [broadcast(c, a, ty) for a in args]
        e.target, e.bound_args, e.ty = ("simd_shuffle", tuple(idx)), srcs, T.SimdType(ty.elem, len(idx))
    elif name in _REARRANGE and (name in _ONE_PARAM) == (len(params) == 1) and len(args) == _REARRANGE[name]:
        _rearrange(c, e, recv, ty, name, params, args)
    elif name == "to_bits" and not args and not params and ty.elem != T.BOOL:
        e.target, e.bound_args = ("simd_bitcast",), [recv]
        e.ty = T.SimdType(T.INT_TYPES[f"UInt{ty.elem.bits}"], ty.width)
    else:
        c.error(f"'{ty}' has no method '{name}' taking these arguments", e.span)
        e.ty = T.UNKNOWN
    return True


# Lane rearrangements that are one shufflevector: name -> how many vector arguments they take.
_REARRANGE = {"rotate_left": 0, "rotate_right": 0, "shift_left": 0, "shift_right": 0, "reversed": 0,
              "join": 1, "interleave": 1}
_ONE_PARAM = {"rotate_left", "rotate_right", "shift_left", "shift_right"}


def _rearrange(c: Checker, e: A.Call, recv: A.Expr, ty: T.SimdType, name: str, params: list[A.Expr],
               args: list[A.Expr]) -> None:
    """`rotate_left[k]()`, `shift_right[k]()` (vacated lanes are zero), `reversed()`, `join(w)` (v's
    lanes then w's) and `interleave(w)` (v0, w0, v1, w1, ...), as SIMD's methods define them."""
    w = ty.width
    k = 0
    if params:
        k = c.coerce(c.expr(params[0], T.INT), T.INT).const
        if not isinstance(k, int) or not -w <= k <= w:
            c.error(f"'{name}' needs a constant shift from {-w} to {w}", e.span)
            e.ty = T.UNKNOWN
            return
    zero = w  # lane 0 of the second operand, a zero vector, for the shifts
    idx = {"rotate_left": lambda: [(i + k) % w for i in range(w)],
           "rotate_right": lambda: [(i - k) % w for i in range(w)],
           "shift_left": lambda: [i + k if i + k < w else zero for i in range(w)],
           "shift_right": lambda: [i - k if i >= k else zero for i in range(w)],
           "reversed": lambda: list(reversed(range(w))),
           "join": lambda: list(range(2 * w)),
           "interleave": lambda: [j for i in range(w) for j in (i, w + i)]}[name]()
    other = broadcast(c, args[0], ty) if args else broadcast(c, c.expr(A.IntLit(e.span, 0), ty.elem), ty)
    e.target, e.bound_args, e.ty = ("simd_shuffle", tuple(idx)), [recv, other], T.SimdType(ty.elem, len(idx))


def _clamp(c: Checker, e: A.Call, v: A.Expr, lo: A.Expr, hi: A.Expr, ty: T.Type) -> None:
    """`v.clamp(lo, hi)`: max(min(v, hi), lo), lane by lane (Mojo's order, so NaN stays NaN)."""
    inner = A.Call(e.span, A.Name(e.span, "_"), [], [], e.span)
    inner.target, inner.bound_args, inner.ty = ("min",), [v, hi], ty
    e.target, e.bound_args, e.ty = ("max",), [inner, lo], ty


def _scalar_method(c: Checker, e: A.Call, recv: A.Expr, name: str, params: list[A.Expr]) -> bool:
    """A scalar is SIMD of width 1 (`Float64` is `SIMD[DType.float64, 1]`), so generic SIMD code works
    at width 1: `x.lt(y)` is `x < y`, and a Bool mask's `m.select(a, b)` is `a if m else b`."""
    ty = recv.ty
    scalar = T.is_numeric(ty) and ty not in (T.INT, T.UINT)
    if scalar and name in MASKS and len(e.args) == 1 and not params and not e.keywords:
        out: A.Expr = A.Compare(e.span, recv, [MASKS[name]], [e.args[0]], [e.span])
    elif ty == T.BOOL and name == "select" and len(e.args) == 2 and not params and not e.keywords:
        out = A.IfExp(e.span, recv, e.args[0], e.args[1])
    elif T.is_float(ty) and name == "fma" and len(e.args) == 2 and not params and not e.keywords:
        # `x.fma(y, z)` at width 1 (a vectorize tail of 2023 Mandelbrot's kernel): x * y + z, fused
        args = [c.coerce(c.expr(a, ty), ty) for a in e.args]
        e.target, e.bound_args, e.ty = ("math", "fma"), [recv, *args], ty
        return True
    elif scalar and ty != T.BOOL and name == "to_bits" and not e.args and not params and not e.keywords:
        e.target, e.bound_args, e.ty = ("simd_bitcast",), [recv], T.INT_TYPES[f"UInt{ty.bits}"]
        return True
    elif scalar and ty != T.BOOL and name == "clamp" and len(e.args) == 2 and not params and not e.keywords:
        lo, hi = (c.coerce(c.expr(a, ty), ty) for a in e.args)
        _clamp(c, e, recv, lo, hi, ty)
        return True
    elif scalar and name == "cast" and len(params) == 1 and not e.args and not e.keywords:
        # `Int16(x).cast[DType.uint8]()`: a scalar's cast is the lane conversion at width 1.
        elem = dtype_of(c, params[0])
        if elem is None:
            e.ty = T.UNKNOWN
            return True
        conv = A.Convert(e.span, recv)
        conv.ty = elem
        e.target, e.bound_args, e.ty = ("identity",), [conv], elem
        return True
    else:
        return False
    out = c.expr(out)
    e.target, e.bound_args, e.ty = ("identity",), [out], out.ty
    return True


def subscript(c: Checker, e: A.Subscript) -> bool:
    if not isinstance(e.value.ty, T.SimdType):
        return False
    if len(e.indices) != 1 or e.keywords:
        c.error("a SIMD value takes one lane index", e.span)
        e.ty = T.UNKNOWN
        return True
    e.indices[0] = c.coerce(c.expr(e.indices[0], T.INT), T.INT)
    e.ty = e.value.ty.elem
    return True


def dtype_to_string(v: Any) -> str:
    return T.dtype_name(v)
