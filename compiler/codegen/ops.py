"""Operations on values that are already lowered: arithmetic, comparisons, conversions, SIMD, math,
printing. A mixin of FunctionLowering (it needs `self.b`, `self.m` and the Emitter helpers)."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from llvmlite import ir

from ..check import types as T
from . import fp_math
from .runtime import F64, I1, I32, I64, Emitter

_LIBM = {"tan": "tan", "atan": "atan", "tanh": "tanh", "asin": "asin", "acos": "acos", "atan2": "atan2",
         "cbrt": "cbrt", "hypot": "hypot", "sinh": "sinh", "cosh": "cosh",
         "erf": "erf", "erfc": "erfc"}
_LLVM_MATH = {"sqrt": "llvm.sqrt", "floor": "llvm.floor", "ceil": "llvm.ceil", "trunc": "llvm.trunc",
              "round": "llvm.round", "roundeven": "llvm.roundeven", "sin": "llvm.sin", "cos": "llvm.cos", "exp": "llvm.exp", "log": "llvm.log",
              "log2": "llvm.log2", "log10": "llvm.log10", "exp2": "llvm.exp2", "pow": "llvm.pow",
              "fma": "llvm.fma", "copysign": "llvm.copysign"}


def suffix(ty: ir.Type) -> str:
    if isinstance(ty, ir.DoubleType):
        return "f64"
    if isinstance(ty, ir.FloatType):
        return "f32"
    if isinstance(ty, ir.HalfType):
        return "f16"
    if isinstance(ty, ir.IntType):
        return f"i{ty.width}"
    if isinstance(ty, ir.VectorType):  # llvm.sqrt.v4f32
        return f"v{ty.count}{suffix(ty.element)}"
    raise NotImplementedError(str(ty))


def splat_const(t: ir.Type, v: Any) -> ir.Constant:
    """A constant of type t: every lane of a vector type gets v."""
    if isinstance(t, ir.VectorType):
        return ir.Constant(t, [v] * t.count)
    return ir.Constant(t, v)


def to_float(v: Any) -> float:
    if isinstance(v, float):
        return v
    try:
        return float(Fraction(v))  # correctly rounded
    except OverflowError:
        return float("inf") if v > 0 else float("-inf")


class ValueOps(Emitter):
    # ------------------------------------------------------------ arithmetic
    def binop(self, op: str, a: ir.Value, c: ir.Value, ty: T.Type) -> ir.Value:
        b = self.b
        if isinstance(ty, T.SimdType):
            ty = ty.elem  # the same instructions, on vectors
        if ty == T.BOOL:
            return {"&": b.and_, "|": b.or_, "^": b.xor}[op](a, c)
        if isinstance(ty, T.FloatType):
            fm = self.fm
            if op == "+":
                return b.fadd(a, c, flags=fm)
            if op == "-":
                return b.fsub(a, c, flags=fm)
            if op == "*":
                return b.fmul(a, c, flags=fm)
            if op == "/":
                return b.fdiv(a, c, flags=fm)
            if op == "//":
                return b.call(self.m.intrinsic("llvm.floor", a.type), [b.fdiv(a, c)])
            if op == "%":
                r = b.frem(a, c)
                zero = splat_const(a.type, 0.0)
                fix = b.and_(b.fcmp_ordered("!=", r, zero),
                             b.xor(b.fcmp_ordered("<", r, zero), b.fcmp_ordered("<", c, zero)))
                return b.select(fix, b.fadd(r, c), r)
            if op == "**":
                return self.math_call("pow", [a, c])
            raise NotImplementedError(op)
        assert isinstance(ty, T.IntType), ty
        if op in ("/", "//", "%"):
            return self.int_divmod(op, a, c, ty)
        if op == ">>":
            return b.ashr(a, c) if ty.signed else b.lshr(a, c)
        if op == "**":
            return b.call(self.m.int_pow_fn(ty), [a, c])
        return {"+": b.add, "-": b.sub, "*": b.mul, "&": b.and_, "|": b.or_, "^": b.xor, "<<": b.shl}[op](a, c)

    def int_divmod(self, op: str, a: ir.Value, c: ir.Value, ty: T.IntType) -> ir.Value:
        """Mojo semantics: `/` truncates, `//` and `%` floor; division by zero gives 0."""
        b = self.b
        t = a.type
        zero, one, minus1 = splat_const(t, 0), splat_const(t, 1), splat_const(t, -1)
        is_zero = b.icmp_unsigned("==", c, zero)
        if not ty.signed:
            safe = b.select(is_zero, one, c)
            r = b.udiv(a, safe) if op != "%" else b.urem(a, safe)
            return b.select(is_zero, zero, r)
        is_m1 = b.icmp_signed("==", c, minus1)
        safe = b.select(b.or_(is_zero, is_m1), one, c)
        q = b.sdiv(a, safe)
        r = b.srem(a, safe)
        if op == "/":
            out = b.select(is_m1, b.neg(a), q)
        elif op == "//":
            adjust = b.and_(b.icmp_signed("!=", r, zero), b.icmp_signed("<", b.xor(r, c), zero))
            out = b.select(adjust, b.sub(q, one), q)
            out = b.select(is_m1, b.neg(a), out)
        else:
            adjust = b.and_(b.icmp_signed("!=", r, zero), b.icmp_signed("<", b.xor(r, c), zero))
            out = b.select(adjust, b.add(r, c), r)
            out = b.select(is_m1, zero, out)
        return b.select(is_zero, zero, out)

    def unop(self, op: str, v: ir.Value, ty: T.Type) -> ir.Value:
        b = self.b
        if op in ("not", "~"):
            return b.not_(v)
        if op == "+":
            return v
        if isinstance(ty, T.FloatType) or (isinstance(ty, T.SimdType) and isinstance(ty.elem, T.FloatType)):
            return b.fneg(v)
        return b.neg(v)

    def compare(self, op: str, lv: ir.Value, rv: ir.Value, ty: T.Type) -> ir.Value:
        b = self.b
        if isinstance(ty, T.FloatType):
            if op == "!=":
                return b.fcmp_unordered("!=", lv, rv)
            return b.fcmp_ordered(op, lv, rv)
        if isinstance(ty, T.IntType) and not ty.signed or isinstance(ty, T.PointerType):
            return b.icmp_unsigned(op, lv, rv)
        if op in ("==", "!="):
            return b.icmp_unsigned(op, lv, rv)
        return b.icmp_signed(op, lv, rv)

    def equal(self, a: ir.Value, b_: ir.Value, ty: T.Type) -> ir.Value:
        b = self.b
        ty = T.materialize(ty)
        if isinstance(ty, T.IntType) or ty == T.BOOL or ty == T.CODEPOINT:
            return b.icmp_unsigned("==", a, b_)
        if isinstance(ty, T.FloatType):
            return b.fcmp_ordered("==", a, b_)
        if ty in (T.STRING, T.ERROR):
            return self.call_std("_str_eq", [a, b_])
        if isinstance(ty, T.StructType):
            return self.call_direct(ty.info.methods["__eq__"].funcs[0], [a, b_])
        if isinstance(ty, T.TupleType):
            result = ir.Constant(I1, 1)
            for i, et in enumerate(ty.elems):
                result = b.and_(result, self.equal(b.extract_value(a, i), b.extract_value(b_, i), et))
            return result
        if isinstance(ty, T.OptionalType):
            ha, hb = b.extract_value(a, 0), b.extract_value(b_, 0)
            both = b.and_(ha, hb)
            inner = self.equal(b.extract_value(a, 1), b.extract_value(b_, 1), ty.elem)
            return b.or_(b.and_(both, inner), b.and_(b.not_(ha), b.not_(hb)))
        raise NotImplementedError(f"== on {ty}")

    def less(self, a: ir.Value, b_: ir.Value, ty: T.Type) -> ir.Value:
        b = self.b
        if isinstance(ty, T.SimdType):
            ty = ty.elem  # lanewise
        if isinstance(ty, T.IntType):
            return b.icmp_signed("<", a, b_) if ty.signed else b.icmp_unsigned("<", a, b_)
        if isinstance(ty, T.FloatType):
            return b.fcmp_ordered("<", a, b_)
        if ty == T.STRING:
            return b.icmp_signed("<", self.call_std("_str_cmp", [a, b_]), ir.Constant(I64, 0))
        if isinstance(ty, T.StructType):
            return self.call_direct(ty.info.methods["__lt__"].funcs[0], [a, b_])
        raise NotImplementedError(f"< on {ty}")

    # ------------------------------------------------------------ conversions
    def splat(self, v: ir.Value, st: T.SimdType) -> ir.Value:
        vt = self.m.lltype(st)
        one = self.b.insert_element(ir.Constant(vt, ir.Undefined), v, ir.Constant(I32, 0))
        return self.b.shuffle_vector(one, ir.Constant(vt, ir.Undefined),
                                     ir.Constant(ir.VectorType(I32, st.width), [0] * st.width))

    def convert(self, v: ir.Value, src: T.Type, dst: T.Type) -> ir.Value:
        b = self.b
        if isinstance(dst, T.SimdType) and not isinstance(src, T.SimdType):
            return self.splat(v, dst)
        if src == dst:
            return v
        if dst == T.BOOL:
            if isinstance(src, T.IntType):
                return b.icmp_unsigned("!=", v, ir.Constant(v.type, 0))
            if isinstance(src, T.FloatType):
                return b.fcmp_unordered("!=", v, ir.Constant(v.type, 0.0))
            if src == T.STRING:
                return b.icmp_signed("!=", b.extract_value(v, 1), ir.Constant(I64, 0))
            if isinstance(src, T.ListType):
                return b.icmp_signed("!=", self.list_len(v), ir.Constant(I64, 0))
            if isinstance(src, T.OptionalType):
                return b.extract_value(v, 0)
        if dst == T.CODEPOINT and isinstance(src, T.IntType):
            return b.trunc(v, I32) if src.bits > 32 else v
        if isinstance(dst, T.IntType):
            if isinstance(src, T.IntType) or src in (T.BOOL, T.CODEPOINT):
                sw = v.type.width
                if sw == dst.bits:
                    return v
                if sw > dst.bits:
                    return b.trunc(v, ir.IntType(dst.bits))
                signed = isinstance(src, T.IntType) and src.signed
                return b.sext(v, ir.IntType(dst.bits)) if signed else b.zext(v, ir.IntType(dst.bits))
            if isinstance(src, T.FloatType):
                if self.m.mod.triple.startswith("x86_64"):
                    return self.float_to_int_x86(v, dst)
                name = "llvm.fptosi.sat" if dst.signed else "llvm.fptoui.sat"  # as ARM's fcvtz* do
                full = f"{name}.i{dst.bits}.{suffix(v.type)}"
                fn = self.m.mod.globals.get(full) or ir.Function(
                    self.m.mod, ir.FunctionType(ir.IntType(dst.bits), [v.type]), name=full)
                return b.call(fn, [v])
        if isinstance(dst, T.FloatType):
            llty = self.m.lltype(dst)
            if isinstance(src, T.IntType):
                return b.sitofp(v, llty) if src.signed else b.uitofp(v, llty)
            if src == T.BOOL:
                return b.uitofp(v, llty)
            if isinstance(src, T.FloatType):
                return b.fpext(v, llty) if dst.bits > src.bits else b.fptrunc(v, llty)
        raise NotImplementedError(f"convert {src} -> {dst}")

    def float_to_int_x86(self, v: ir.Value, dst: T.IntType) -> ir.Value:
        """Int(x) of a float as Mojo's programs compute it on x86-64 (AVX-512): the truncation when it
        fits, otherwise what the instruction gives: INT_MIN for signed types (cvttsd2si), all ones for
        unsigned ones (vcvttsd2usi), NaN too; types narrower than 32 bits go through Int32 and keep its
        low bits (UInt8(-3.7) is 253, Int16(1e10) is 0). Mojo emits a plain fptosi, whose out-of-range
        result LLVM leaves undefined; this defines it as the hardware does, so values match, but LLVM
        no longer folds `Float64(Int(x)) == x` into `trunc(x) == x` as it may for Mojo."""
        b = self.b
        wide, signed = (32, True) if dst.bits < 32 else (dst.bits, dst.signed)
        ity = ir.IntType(wide)
        lo, hi = (-(2.0 ** (wide - 1)) - 1.0, 2.0 ** (wide - 1)) if signed else (-1.0, 2.0 ** wide)
        ok = b.and_(b.fcmp_ordered(">", v, ir.Constant(v.type, lo)), b.fcmp_ordered("<", v, ir.Constant(v.type, hi)))
        safe = b.select(ok, v, ir.Constant(v.type, 0.0))
        r = b.fptosi(safe, ity) if signed else b.fptoui(safe, ity)
        r = b.select(ok, r, ir.Constant(ity, -(2 ** (wide - 1)) if signed else (1 << wide) - 1))
        return b.trunc(r, ir.IntType(dst.bits)) if dst.bits < wide else r

    def convert_lanes(self, v: ir.Value, src: T.Type, dst: T.Type, llty: ir.Type) -> ir.Value:
        b = self.b
        if isinstance(dst, T.FloatType):
            if isinstance(src, T.FloatType):
                return b.fpext(v, llty) if dst.bits > src.bits else b.fptrunc(v, llty) if dst.bits < src.bits else v
            return b.sitofp(v, llty) if isinstance(src, T.IntType) and src.signed else b.uitofp(v, llty)
        if isinstance(src, T.FloatType):
            if dst == T.BOOL:  # a float is true when nonzero (NaN too), not by its low bit
                return b.fcmp_unordered("!=", v, splat_const(v.type, 0.0))
            return b.fptosi(v, llty) if dst.signed else b.fptoui(v, llty)
        sw = 1 if src == T.BOOL else src.bits
        dw = 1 if dst == T.BOOL else dst.bits
        if dw == 1 and sw > 1:
            return b.icmp_unsigned("!=", v, splat_const(v.type, 0))
        if dw < sw:
            return b.trunc(v, llty)
        if dw > sw:
            return b.sext(v, llty) if isinstance(src, T.IntType) and src.signed else b.zext(v, llty)
        return v

    # ------------------------------------------------------------ SIMD
    def simd(self, kind: str, arg: Any, src: T.Type, st: T.Type, vals: list[ir.Value]) -> ir.Value:
        b = self.b
        if kind == "simd_splat":
            return self.splat(vals[0], st)
        if kind == "simd_lanes":
            v = ir.Constant(self.m.lltype(st), ir.Undefined)
            for i, x in enumerate(vals):
                v = b.insert_element(v, x, ir.Constant(I32, i))
            return v
        v = vals[0]
        if kind == "simd_reduce":
            # Halve until one lane is left (the order Mojo's reductions use), or `size_out` lanes
            # for `reduce_add[size_out]()`.
            op, out = arg if isinstance(arg, tuple) else (arg, 1)
            w, elem = src.width, src.elem
            while w > out:
                half = w // 2
                lo = b.shuffle_vector(v, v, ir.Constant(ir.VectorType(I32, half), list(range(half))))
                hi = b.shuffle_vector(v, v, ir.Constant(ir.VectorType(I32, half), list(range(half, w))))
                v, w = self.lanewise(op, lo, hi, elem), half
            return b.extract_element(v, ir.Constant(I32, 0)) if out == 1 else v
        if kind == "simd_bitcount":  # `v.reduce_bit_count()`: set bits over all lanes, as an Int
            if src.elem != T.BOOL:
                v = b.call(self.m.intrinsic("llvm.ctpop", v.type), [v])
            wide = b.zext(v, ir.VectorType(I64, src.width)) if src.elem == T.BOOL or src.elem.bits < 64 else v
            name = f"llvm.vector.reduce.add.v{src.width}i64"
            fn = self.m.mod.globals.get(name) or ir.Function(self.m.mod, ir.FunctionType(I64, [wide.type]), name=name)
            return b.call(fn, [wide])
        if kind == "simd_mask":
            other = vals[1]
            if isinstance(src.elem, T.FloatType):
                return b.fcmp_unordered(arg, v, other) if arg == "!=" else b.fcmp_ordered(arg, v, other)
            if isinstance(src.elem, T.IntType) and not src.elem.signed:
                return b.icmp_unsigned(arg, v, other)
            return b.icmp_signed(arg, v, other)
        if kind == "simd_select":
            return b.select(v, vals[1], vals[2])
        if kind == "simd_shuffle":
            # a second operand supplies the lanes numbered from v's width on (`v.shuffle[...](w)`, `join`)
            other = vals[1] if len(vals) > 1 else v
            return b.shuffle_vector(v, other, ir.Constant(ir.VectorType(I32, len(arg)), list(arg)))
        if kind == "simd_bitcast":  # `v.to_bits()`: the same bits as unsigned lanes
            return b.bitcast(v, self.m.lltype(st))
        if kind == "simd_cast":
            return self.convert_lanes(v, src.elem, st.elem, self.m.lltype(st))
        raise NotImplementedError(kind)

    def lanewise(self, op: str, a: ir.Value, c: ir.Value, elem: T.Type) -> ir.Value:
        b = self.b
        if op in ("max", "min"):
            lt = self.less(c, a, elem) if op == "min" else self.less(a, c, elem)
            return b.select(lt, c, a)
        if isinstance(elem, T.FloatType):
            return {"+": b.fadd, "*": b.fmul}[op](a, c)
        return {"+": b.add, "*": b.mul, "&": b.and_, "|": b.or_}[op](a, c)

    def math_call(self, name: str, vals: list[ir.Value]) -> ir.Value:
        b = self.b
        t = vals[0].type
        if name == "isnan":
            return b.fcmp_unordered("uno", vals[0], vals[0])
        if name == "isinf":
            return b.fcmp_ordered("==", b.call(self.m.intrinsic("llvm.fabs", t), [vals[0]]),
                                  splat_const(t, float("inf")))
        elem = t.element if isinstance(t, ir.VectorType) else t
        mojo_own = name in fp_math.NAMES and self.m.contract and isinstance(elem, (ir.DoubleType, ir.FloatType))
        if mojo_own and not isinstance(t, ir.VectorType):  # Mojo's own kernels, not libm (fp_math.py)
            return b.call(fp_math.function(self.m, name, t), vals)
        if name in _LLVM_MATH and not mojo_own:  # LLVM's math intrinsics take vectors too
            return b.call(self.m.intrinsic(_LLVM_MATH[name], t, len(vals)), vals)
        if isinstance(t, ir.VectorType):  # libm, lane by lane
            out = ir.Constant(t, ir.Undefined)
            for lane in range(t.count):
                k = ir.Constant(ir.IntType(32), lane)
                out = b.insert_element(out, self.math_call(name, [b.extract_element(v, k) for v in vals]), k)
            return out
        cname = _LIBM[name] + ("f" if isinstance(t, ir.FloatType) else "")
        return b.call(self.m.libc(cname, t, [t] * len(vals)), vals)

    def abs_min_max(self, kind: str, vals: list[ir.Value], ty: T.Type) -> ir.Value:
        b = self.b
        if kind == "abs":
            v = vals[0]
            if isinstance(ty, T.FloatType) or (isinstance(ty, T.SimdType) and isinstance(ty.elem, T.FloatType)):
                return b.call(self.m.intrinsic("llvm.fabs", v.type), [v])
            signed = ty.signed if isinstance(ty, T.IntType) else getattr(ty.elem, "signed", True)
            zero = splat_const(v.type, 0)
            return b.select(b.icmp_signed("<", v, zero), b.neg(v), v) if signed else v
        acc = vals[0]
        for v in vals[1:]:
            lt = self.less(v, acc, ty) if kind == "min" else self.less(acc, v, ty)
            acc = b.select(lt, v, acc)
        return self.copy_value(acc, ty)

    # ------------------------------------------------------------ printing
    def write(self, buf: ir.Value, v: ir.Value, ty: T.Type) -> None:
        """Append the printed form of v (of type ty) to the _Buffer at buf."""
        b = self.b
        ty = T.materialize(ty)
        s = self.m.str_const
        if isinstance(ty, T.IntType):
            if ty.signed:
                self.call_std("_write_int", [buf, b.sext(v, I64) if ty.bits < 64 else v])
            else:
                self.call_std("_write_uint", [buf, b.zext(v, I64) if ty.bits < 64 else v])
        elif isinstance(ty, T.FloatType):
            if ty.bits == 64:
                self.call_std("_write_f64", [buf, v])
            else:
                self.call_std("_write_f32", [buf, b.fpext(v, F64)])
        elif ty == T.BOOL:
            self.call_std("_write_bool", [buf, v])
        elif ty in (T.STRING, T.ERROR, T.DTYPE):
            self.call_std("_write_str", [buf, v])
        elif ty == T.CODEPOINT:
            c = self.call_std("_chr", [b.zext(v, I64)])
            self.call_std("_write_str", [buf, c])
            self.destroy_value(c, T.STRING)
        elif isinstance(ty, T.ListType):
            self.call_std("_write_str", [buf, s("[")])
            with self.loop_list(v, ty.elem) as (i, x):
                with b.if_then(b.icmp_signed(">", i, ir.Constant(I64, 0))):
                    self.call_std("_write_str", [buf, s(", ")])
                self.write(buf, x, ty.elem)
            self.call_std("_write_str", [buf, s("]")])
        elif isinstance(ty, T.OptionalType):
            with b.if_else(b.extract_value(v, 0)) as (then, otherwise):
                with then:
                    self.write(buf, b.extract_value(v, 1), ty.elem)
                with otherwise:
                    self.call_std("_write_str", [buf, s("None")])
        elif isinstance(ty, T.TupleType):
            self.call_std("_write_str", [buf, s("(")])
            for i, et in enumerate(ty.elems):
                if i:
                    self.call_std("_write_str", [buf, s(", ")])
                self.write(buf, b.extract_value(v, i), et)
            self.call_std("_write_str", [buf, s(")")])
        elif isinstance(ty, T.StructType):
            self.call_direct(ty.info.methods["write_to"].funcs[0], [v, buf])
        elif ty == T.NONE:
            self.call_std("_write_str", [buf, s("None")])
        elif isinstance(ty, T.SimdType):
            self.call_std("_write_str", [buf, s("[")])
            for i in range(ty.width):
                if i:
                    self.call_std("_write_str", [buf, s(", ")])
                self.write(buf, b.extract_element(v, ir.Constant(I32, i)), ty.elem)
            self.call_std("_write_str", [buf, s("]")])
        elif isinstance(ty, T.PointerType):  # the address in hex, as Mojo prints a pointer
            self.call_std("_write_address", [buf, b.ptrtoint(v, I64)])
        else:
            raise NotImplementedError(f"write {ty}")

