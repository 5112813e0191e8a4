"""std.math functions computed the way Mojo 1.2 computes them, not by libm.

Mojo's standard library evaluates exp, log, log2, exp2, cosh and float `**` with its own
polynomial kernels, so their last digits differ from glibc's (exp(1.0) prints 2.718281828459813,
not 2.718281828459045). A program that prints full-precision results must see Mojo's digits, so
these functions are built here as small internal LLVM functions (one per name and float width,
on demand), and vectors call them lane by lane. The methods, in short:

  exp    Taylor series about 0 (degree 12 for Float64, 7 for Float32) after reducing x by k*ln2
         with k = floor(x*log2(e) + 1/2) and a short ln2 (its high part only); the result is
         p(r) * 2^k, the power of two built from its exponent bits; x is first clamped so that
         k stays in range, and NaN clamps to the top (LLVM minnum/maxnum semantics).
  log    Float64: the fdlibm scheme: x = 2^e * (1+f), s = f/(2+f), two even polynomials in s^2,
         ln2 in a high and a low part. Float32: the Cephes scheme (see log2).
  log2   Cephes: x = 2^e * m with m in [sqrt(1/2), sqrt(2)), f = m-1,
         log(1+f) = f - f^2/2 + f^3 P(f) with a degree-8 P, then scaled by log2(e) and e added.
  pow    An integral exponent multiplies by squaring (the exponent as an Int32; a negative one
         takes the reciprocal at the end); a negative base with a fractional exponent is NaN;
         anything else is exp(y * log(x)) with the functions above.
  exp2   Float64: pow(2, x) except that the fractional case is exp(x * ln2). Float32: x clamped
         to [-126, 126], split into integer m and fraction f, 2^f by a degree-5 polynomial and m
         added to the exponent bits.
  cosh   e = exp(|x|), then e/2 + (1/2)/e.
  sinh   e = expm1(|x|), then (e+2)/(e+1) * e/2 with the sign of x (Mojo's expm1 is fdlibm's, the
         same as glibc's).
  tanh   Float64: x clamped to [-20, 20], e = expm1(-2|x|), -e/(e+2) with the sign of x. Float32:
         a rational function, degree 13 over degree 6, of x clamped to [-9, 9].
  cbrt   Float64: the FreeBSD/fdlibm method: a cube root of the exponent bits to about 5 bits,
         a degree-4 polynomial step to about 23 bits, rounded to 21 bits, one Newton step.
         Float32: see cbrt32.
  log10  fdlibm's e_log10 (Float32: e_log10f): the log kernel above, its result split into high
         and low parts multiplied by 1/ln10 and log10(2), each in two pieces.
  asin, acos  Float64: libm. Float32: Sleef's method: for |x| < 1/2 a degree-4 polynomial in x^2
         (asin x = x + x^3 P(x^2)); above, the identity asin x = pi/2 - 2 asin(sqrt((1-|x|)/2)).
  atan   Float64: Cephes' atan: |x| reduced to [0, 0.66] by atan x = pi/2 + atan(-1/x) (above
         tan(3pi/8)) or pi/4 + atan((x-1)/(x+1)), then x + x^3 P(x^2)/Q(x^2) with P, Q of degree 4
         and 5, and the low bits of pi/2 (or pi/4) added back. Float32: libm.
  atan2  atan of smaller/larger magnitude (both scaled up when tiny) plus the rounding error of
         that quotient divided by 1 + q^2, reflected through pi/2 and pi in two parts (high and
         low) as the operands' order and signs ask. Float32 uses fdlibm's atanf kernel (atan32)
         and fixes up quotients below the smallest normal.
  hypot  both magnitudes scaled by 2^-e, e the (clamped) exponent of the larger one, subnormals
         rebuilt from their mantissas, then sqrt(a*a + b*b) with one fused multiply-add, times 2^e.

Arithmetic carries the `contract` flag like the rest of our float code, and the evaluation order
is the one Mojo's compiler sees, so LLVM fuses the same multiply-adds.
"""

from __future__ import annotations

import math
import struct
from fractions import Fraction

from llvmlite import ir

F64, F32 = ir.DoubleType(), ir.FloatType()
I1, I32, I64 = ir.IntType(1), ir.IntType(32), ir.IntType(64)

NAMES = {"exp", "log", "log2", "exp2", "cosh", "pow", "sinh", "tanh", "cbrt", "log10", "hypot", "asin", "acos", "atan", "atan2",
         "erf", "erfc", "tan"}  # the last three are built in fp_erf_tan.py


def _f32(v: float) -> float:
    return struct.unpack("<f", struct.pack("<f", v))[0]


def _taylor(n: int) -> list[float]:
    """1/k! for k = 0..n: the coefficients of e^r about 0."""
    return [float(Fraction(1, math.factorial(k))) for k in range(n + 1)]


# Cephes' minimax polynomial for (log(1+f) - f + f^2/2) / f^3 on [sqrt(1/2)-1, sqrt(2)-1].
_CEPHES_LOG = [3.3333331174e-1, -2.4999993993e-1, 2.0000714765e-1, -1.6668057665e-1, 1.4249322787e-1,
               -1.2420140846e-1, 1.1676998740e-1, -1.1514610310e-1, 7.0376836292e-2]
# fdlibm's log: R(z) ~ Lg1*s^2 + Lg2*s^4 + ... + Lg7*s^14, split by odd and even powers of s^4.
_LG = [6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01, 2.222219843214978396e-01,
       1.818357216161805012e-01, 1.531383769920937332e-01, 1.479819860511658591e-01]
_LN2_HI, _LN2_LO = 6.93147180369123816490e-01, 1.90821492927058770002e-10
# 2^f on [0, 1), a degree-5 fit (Float32 exp2)
_EXP2_F32 = [1.0, 0.693144857883, 0.2401793301105, 5.551834031939e-2, 9.810352697968e-3, 1.33336498402e-3]


class _Kinds:
    def __init__(self, ty: ir.Type):
        self.wide = isinstance(ty, ir.DoubleType)
        self.ty = ty
        self.ity = I64 if self.wide else I32
        self.mant = 52 if self.wide else 23
        self.bias = 1023 if self.wide else 127
        self.exp_mask = 0x7FF0000000000000 if self.wide else 0x7F800000
        self.half_bits = 0x3FE0000000000000 if self.wide else 0x3F000000

    def k(self, v: float) -> float:
        """A constant as this width rounds it (Mojo writes them as Float64 literals)."""
        return v if self.wide else _f32(v)


class _Body:
    """Builds one scalar function body; every operation is an LLVM instruction."""

    def __init__(self, m, fn: ir.Function, ty: ir.Type):
        self.m, self.fn, self.t = m, fn, _Kinds(ty)
        self.b = ir.IRBuilder(fn.append_basic_block("entry"))

    def c(self, v: float) -> ir.Constant:
        return ir.Constant(self.t.ty, self.t.k(v))

    def ci(self, v: int) -> ir.Constant:
        return ir.Constant(self.t.ity, v)

    def call(self, name: str, *args: ir.Value) -> ir.Value:
        return self.b.call(self.m.intrinsic(name, args[0].type, len(args)), list(args))

    def fma(self, a, x, c):
        return self.call("llvm.fma", a, x, c)

    def mul(self, a, x):
        return self.b.fmul(a, x, flags=("contract",))

    def add(self, a, x):
        return self.b.fadd(a, x, flags=("contract",))

    def sub(self, a, x):
        return self.b.fsub(a, x, flags=("contract",))

    def horner(self, coeffs: list[float], x: ir.Value) -> ir.Value:
        """c0 + x*(c1 + x*(c2 + ...)), each step one fused multiply-add."""
        acc = self.fma(x, self.c(coeffs[-1]), self.c(coeffs[-2]))
        for c in reversed(coeffs[:-2]):
            acc = self.fma(acc, x, self.c(c))
        return acc

    def bits(self, v):
        return self.b.bitcast(v, self.t.ity)

    def from_bits(self, v):
        return self.b.bitcast(v, self.t.ty)

    # ------------------------------------------------------------ kernels
    def exp(self, x: ir.Value) -> ir.Value:
        t = self.t
        hi, lo = (709.437, -709.436139303) if t.wide else (88.3762626647950, -88.3762626647949)
        xc = self.call("llvm.maxnum", self.call("llvm.minnum", x, self.c(hi)), self.c(lo))
        k = self.call("llvm.floor", self.fma(xc, self.c(1.4426950408889634), self.c(0.5)))
        # ln2 with its low bits dropped (Float32: ln2 rounded to Float32)
        neg_ln2 = -0.69314718055966295651160180568695068359375
        r = self.fma(k, self.c(neg_ln2), xc)
        p = self.horner(_taylor(12 if t.wide else 7), r)
        scale = self.from_bits(self.b.shl(self.b.add(self.b.fptosi(k, t.ity), self.ci(t.bias)), self.ci(t.mant)))
        return self.call("llvm.maxnum", self.mul(p, scale), xc)

    def frexp(self, x: ir.Value) -> tuple[ir.Value, ir.Value]:
        """(m, e) with x = m * 2^e, m in [1/2, 1); subnormals are scaled up first; for inf and NaN
        m is x and e is 0; for 0 both are 0."""
        b, t = self.b, self.t
        zero = self.c(0.0)
        sub = b.and_(b.icmp_unsigned("==", b.and_(self.bits(x), self.ci(t.exp_mask)), self.ci(0)),
                     b.fcmp_ordered("!=", x, zero))
        adj = b.select(sub, self.ci(t.mant), self.ci(0))
        xs = b.select(sub, self.mul(x, self.c(float(2 ** t.mant))), x)
        xb = self.bits(xs)
        nonzero = b.fcmp_ordered("!=", xs, zero)
        e = b.sub(b.ashr(b.and_(xb, self.ci(t.exp_mask)), self.ci(t.mant)), self.ci(t.bias - 1))
        special = b.icmp_signed(">", e, self.ci(t.bias + 1))
        e = b.sub(b.select(b.and_(b.not_(special), nonzero), e, self.ci(0)), adj)
        m = self.from_bits(b.or_(b.and_(xb, self.ci(~t.exp_mask)), self.ci(t.half_bits)))
        m = b.select(nonzero, self.add(m, b.select(special, xs, zero)), zero)
        return m, b.sitofp(e, t.ty)

    def _log_domain(self, x: ir.Value, y: ir.Value) -> ir.Value:
        """log(+inf) = +inf, log(0) = -inf, log(negative or NaN) = NaN."""
        b = self.b
        y = b.select(b.fcmp_ordered("==", x, self.c(math.inf)), x, y)
        y = b.select(b.fcmp_ordered(">", x, self.c(0.0)), y, self.c(math.nan))
        return b.select(b.fcmp_ordered("==", x, self.c(0.0)), self.c(-math.inf), y)

    def _reduce(self, x: ir.Value) -> tuple[ir.Value, ir.Value]:
        """f = m - 1 with m in [sqrt(1/2), sqrt(2)), and the matching exponent."""
        b = self.b
        m, e = self.frexp(x)
        small = b.fcmp_ordered("<", m, self.c(0.70710678118654752440))
        e = b.select(small, self.sub(e, self.c(1.0)), e)
        f = self.sub(b.select(small, self.add(m, m), m), self.c(1.0))
        return f, e

    def log2_cephes(self, x: ir.Value, natural: bool) -> ir.Value:
        f, e = self._reduce(x)
        f2 = self.mul(f, f)
        f3 = self.mul(f2, f)
        y = self.mul(self.horner(_CEPHES_LOG, f), f3)
        y = self.add(f, self.fma(f2, self.c(-0.5), y))
        if natural:
            y = self.fma(e, self.c(0.69314718055994530942), y)
        else:
            y = self.fma(y, self.c(1.4426950408889634), e)
        return self._log_domain(x, y)

    def log(self, x: ir.Value) -> ir.Value:
        if not self.t.wide:
            return self.log2_cephes(x, natural=True)
        b = self.b
        f, e = self._reduce(x)
        hfsq = self.mul(self.mul(f, self.c(0.5)), f)
        s = b.fdiv(f, self.add(f, self.c(2.0)))
        z = self.mul(s, s)
        w = self.mul(z, z)
        t1 = self.mul(w, self.fma(self.fma(w, self.c(_LG[5]), self.c(_LG[3])), w, self.c(_LG[1])))
        t2 = self.mul(z, self.fma(self.fma(self.fma(w, self.c(_LG[6]), self.c(_LG[4])), w, self.c(_LG[2])),
                                  w, self.c(_LG[0])))
        r = self.add(t1, t2)
        lo = self.add(self.mul(s, self.add(hfsq, r)), self.fma(e, self.c(_LN2_LO), self.c(0.0)))
        y = self.fma(e, self.c(_LN2_HI), b.fneg(self.sub(self.sub(hfsq, lo), f)))
        return self._log_domain(x, y)

    def log2(self, x: ir.Value) -> ir.Value:
        return self.log2_cephes(x, natural=False)

    def cosh(self, x: ir.Value) -> ir.Value:
        e = self.exp(self.call("llvm.fabs", x))
        return self.add(self.mul(e, self.c(0.5)), self.b.fdiv(self.c(0.5), e))

    def powi(self, x: ir.Value, n: ir.Value) -> ir.Value:
        """x^n by squaring; n an Int32, |n| taken with wrap-around (|INT32_MIN| stays negative, so
        the loop does nothing and the result is 1), a negative n gives the reciprocal."""
        b = self.b
        start = b.block
        head = self.fn.append_basic_block("powi.head")
        body = self.fn.append_basic_block("powi.body")
        done = self.fn.append_basic_block("powi.done")
        neg = b.icmp_signed("<", n, ir.Constant(I32, 0))
        mag = b.select(neg, b.neg(n), n)
        b.branch(head)
        b.position_at_end(head)
        base = b.phi(self.t.ty)
        cnt = b.phi(I32)
        acc = b.phi(self.t.ty)
        b.cbranch(b.icmp_signed(">", cnt, ir.Constant(I32, 0)), body, done)
        b.position_at_end(body)
        odd = b.icmp_unsigned("!=", b.and_(cnt, ir.Constant(I32, 1)), ir.Constant(I32, 0))
        acc2 = b.select(odd, self.mul(acc, base), acc)
        base2 = self.mul(base, base)
        cnt2 = b.ashr(cnt, ir.Constant(I32, 1))
        b.branch(head)
        base.add_incoming(x, start)
        base.add_incoming(base2, body)
        cnt.add_incoming(mag, start)
        cnt.add_incoming(cnt2, body)
        acc.add_incoming(self.c(1.0), start)
        acc.add_incoming(acc2, body)
        b.position_at_end(done)
        return b.select(neg, b.fdiv(self.c(1.0), acc), acc)

    def to_i32(self, v: ir.Value) -> ir.Value:
        """fptosi to Int32 as x86 does it: out of range (and inf, NaN) gives INT32_MIN."""
        b = self.b
        ok = b.fcmp_ordered("<", self.call("llvm.fabs", v), self.c(2147483648.0))
        safe = b.select(ok, v, self.c(0.0))
        return b.select(ok, b.fptosi(safe, I32), ir.Constant(I32, -2 ** 31))

    def pow(self, x: ir.Value, y: ir.Value, base2: bool = False) -> ir.Value:
        b = self.b
        integral = self.call("llvm.trunc", y)
        is_int = b.fcmp_ordered("==", integral, y)
        int_bb = self.fn.append_basic_block("pow.int")
        frac_bb = self.fn.append_basic_block("pow.frac")
        b.cbranch(is_int, int_bb, frac_bb)
        b.position_at_end(int_bb)
        r_int = self.powi(x, self.to_i32(integral))
        b.ret(r_int)
        b.position_at_end(frac_bb)
        if base2:
            return self.exp(self.mul(y, self.c(0.6931471805599453)))
        neg_frac = b.and_(b.fcmp_ordered("<", x, self.c(0.0)), b.fcmp_ordered("!=", self.sub(y, integral), self.c(0.0)))
        r = self.exp(self.mul(y, self.log(x)))
        return b.select(neg_frac, self.c(math.nan), r)

    def exp2(self, x: ir.Value) -> ir.Value:
        if self.t.wide:
            return self.pow(self.c(2.0), x, base2=True)
        b = self.b
        xc = self.call("llvm.maxnum", self.call("llvm.minnum", x, self.c(126.0)), self.c(-126.0))
        m = b.fptosi(xc, I32)
        f = self.sub(xc, b.sitofp(m, self.t.ty))
        p = self.horner(_EXP2_F32, f)
        return self.from_bits(b.add(self.bits(p), b.shl(m, ir.Constant(I32, 23))))


# Cephes atan: P (degree 4) and Q (degree 5, monic) in z = x^2, constant term first
_ATAN_P = [-6.485021904942025371773e1, -1.228866684490136173410e2, -7.500855792314704667340e1,
           -1.615753718733365076637e1, -8.750608600031904122785e-1]
_ATAN_Q = [1.945506571482613964425e2, 4.853903996359136964868e2, 4.328810604912902668951e2,
           1.650270098316988542046e2, 2.485846490142306297962e1, 1.0]
_PIO2_LO = 6.123233995736765886130e-17  # pi/2 - float(pi/2)
def _from_f32_bits(n: int) -> float:
    return struct.unpack("<f", struct.pack("<I", n))[0]


# fdlibm atanf: atan(1/2), atan(1), atan(3/2), atan(inf) in high and low parts, and P
_ATANF_HI = [_from_f32_bits(n) for n in (0x3EED6338, 0x3F490FDA, 0x3F7B985E, 0x3FC90FDA)]
_ATANF_LO = [_from_f32_bits(n) for n in (0x31AC3769, 0x33222168, 0x33140FB4, 0x33A22168)]
_ATANF_P = [_from_f32_bits(n) for n in (0x3EAAAAA9, 0xBE4CCA98, 0x3E11F50D, 0xBDDA1247, 0x3D7CAC25)]
# Sleef's asinf/acosf: P(z) with asin(x) ~ x + x^3 P(x^2)
_ASIN_F32 = [0.1666677296, 0.07495029271, 0.04547423869, 0.02424046025, 0.04197454825]
_TANH_NUM = [4.89352455891786e-03, 6.37261928875436e-04, 1.48572235717979e-05, 5.12229709037114e-08,
             -8.60467152213735e-11, 2.00018790482477e-13, -2.76076847742355e-16]
_TANH_DEN = [4.89352518554385e-03, 2.26843463243900e-03, 1.18534705686654e-04, 1.19825839466702e-06]
# fdlibm cbrt: P0..P4 of the polynomial approximating 1/cbrt(r)
_CBRT_P = [1.87595182427177009643, -1.88497979543377169875, 1.621429720105354466140,
           -0.758397934778766047437, 0.145996192886612446982]
# fdlibm log10: 1/ln10 and log10(2), each as a high part (trailing bits zero) plus a low part
_IVLN10_HI, _IVLN10_LO = 4.34294481878168880939e-01, 2.50829467116452752298e-11
_LOG10_2_HI, _LOG10_2_LO = 3.01029995663611771306e-01, 3.69423907715893078616e-13
# ... and fdlibm's log10f: its own short kernel (Lg1..Lg4) and Float32 splits of the same constants
_LG_F32 = [float.fromhex(h) for h in ("0x1.555554p-1", "0x1.999c26p-2", "0x1.23d3dcp-2", "0x1.f13c4cp-3")]
_LOG10_CONSTS = {True: (_IVLN10_HI, _IVLN10_LO, _LOG10_2_HI, _LOG10_2_LO),
                 False: tuple(float.fromhex(h) for h in ("0x1.bccp-2", "-0x1.09d5b2p-15", "0x1.3441p-2",
                                                           "0x1.a84fb6p-21"))}


class _More(_Body):
    """The functions built on the kernels above, or on libm's expm1."""

    def expm1(self, x: ir.Value) -> ir.Value:
        name = "expm1" if self.t.wide else "expm1f"
        return self.b.call(self.m.libc(name, self.t.ty, [self.t.ty]), [x])

    def sinh(self, x: ir.Value) -> ir.Value:
        e = self.expm1(self.call("llvm.fabs", x))
        y = self.b.fdiv(self.add(e, self.c(2.0)), self.add(e, self.c(1.0)))
        return self.call("llvm.copysign", self.mul(self.mul(y, self.c(0.5)), e), x)

    def tanh(self, x: ir.Value) -> ir.Value:
        b = self.b
        if self.t.wide:
            xc = self.call("llvm.maxnum", self.call("llvm.minnum", x, self.c(20.0)), self.c(-20.0))
            e = self.expm1(self.mul(self.call("llvm.fabs", xc), self.c(-2.0)))
            return self.call("llvm.copysign", b.fdiv(b.fneg(e), self.add(e, self.c(2.0))), xc)
        xc = self.call("llvm.maxnum", self.call("llvm.minnum", x, self.c(9.0)), self.c(-9.0))
        x2 = self.mul(xc, xc)
        num = self.mul(xc, self.horner(_TANH_NUM, x2))
        return b.fdiv(num, self.horner(_TANH_DEN, x2))

    def _high_word(self, v: ir.Value) -> ir.Value:
        return self.b.and_(self.b.trunc(self.b.lshr(self.bits(v), ir.Constant(I64, 32)), I32),
                           ir.Constant(I32, 0x7FFFFFFF))

    def cbrt(self, x: ir.Value) -> ir.Value:
        if not self.t.wide:
            return self.cbrt32(x)
        b = self.b
        hx = self._high_word(x)
        special = b.icmp_unsigned(">=", hx, ir.Constant(I32, 0x7FF00000))
        sub = b.icmp_unsigned("<", hx, ir.Constant(I32, 0x00100000))
        hs = self._high_word(self.mul(x, self.c(2.0 ** 54)))
        zero = b.and_(sub, b.icmp_unsigned("==", hs, ir.Constant(I32, 0)))
        # the exponent divided by 3: B1 = (1023-1023/3-0.03306235651)*2^20, B2 = (1023-1023/3-54/3-...)*2^20
        three = ir.Constant(I32, 3)
        hi = b.select(sub, b.add(b.udiv(hs, three), ir.Constant(I32, 696219795)),
                      b.add(b.udiv(hx, three), ir.Constant(I32, 715094163)))
        sign = b.and_(self.bits(x), ir.Constant(I64, -2 ** 63))
        t = self.from_bits(b.or_(sign, b.shl(b.zext(hi, I64), ir.Constant(I64, 32))))
        r = self.mul(self.mul(t, t), b.fdiv(t, x))
        t = self.mul(t, self.horner(_CBRT_P, r))
        # round t away from zero to 21 bits, so that t*t is exact
        t = self.from_bits(b.and_(b.add(self.bits(t), ir.Constant(I64, 0x80000000)), ir.Constant(I64, -0x40000000)))
        r = b.fdiv(x, self.mul(t, t))
        w = self.add(t, t)
        r = b.fdiv(self.sub(r, t), self.add(w, r))
        t = self.add(t, self.mul(t, r))
        return b.select(b.or_(special, zero), self.add(x, x), t)

    def cbrt32(self, x: ir.Value) -> ir.Value:
        """x = 2^(3q) * m with m in [1, 8); a first guess from the bits of m divided by 3, one
        Halley step (t * (2m + t^3) / (m + 2t^3)), then one Newton step with y^2 kept in two
        parts; the result scaled by 2^q and given the sign of x."""
        b = self.b
        u = lambda v: ir.Constant(I32, v)
        bits = self.bits(x)
        ax = b.and_(bits, u(0x7FFFFFFF))
        sub = b.icmp_unsigned("<", ax, u(0x800000))
        axn = b.select(sub, self.bits(b.uitofp(ax, F32)), ax)  # a subnormal's mantissa, as a number
        e8 = b.lshr(axn, u(23))
        ee = b.select(sub, b.sub(e8, u(126)), b.add(e8, u(23)))  # biased so that it stays positive
        q = b.udiv(ee, u(3))
        rem = b.sub(ee, b.mul(q, u(3)))
        mbits = b.or_(b.and_(axn, u(0x7FFFFF)), b.shl(b.add(rem, u(127)), u(23)))
        m = self.from_bits(mbits)
        scale = self.from_bits(b.shl(b.add(q, u(77)), u(23)))
        t = self.from_bits(b.add(b.udiv(mbits, u(3)), u(709958130)))
        t3 = self.mul(self.mul(t, t), t)
        y = b.fdiv(self.mul(t, self.add(self.add(m, m), t3)), self.add(self.add(m, t3), t3))
        y2 = self.mul(y, y)
        neg_y2 = b.fneg(y2)
        y2_err = self.fma(y, y, neg_y2)
        resid = self.fma(b.fneg(y2_err), y, self.fma(neg_y2, y, m))
        r = self.add(y, b.fdiv(resid, self.mul(y2, self.c(3.0))))
        out = self.from_bits(b.or_(self.bits(self.mul(r, scale)), b.and_(bits, u(-2 ** 31))))
        special = b.or_(b.icmp_unsigned(">=", ax, u(0x7F800000)), b.icmp_unsigned("==", ax, u(0)))
        return b.select(special, self.add(x, x), out)

    def hypot(self, x: ir.Value, y: ir.Value) -> ir.Value:
        b, t = self.b, self.t
        field = (1 << (63 - t.mant if t.wide else 31 - t.mant)) - 1
        mant_mask = (1 << t.mant) - 1
        abs_mask = (1 << (63 if t.wide else 31)) - 1
        ia, ib = b.and_(self.bits(x), self.ci(abs_mask)), b.and_(self.bits(y), self.ci(abs_mask))
        big, small = self.call("llvm.umax", ia, ib), self.call("llvm.umin", ia, ib)
        ebig = b.and_(b.ashr(big, self.ci(t.mant)), self.ci(field))
        e = self.call("llvm.smax", self.call("llvm.smin", b.sub(ebig, self.ci(t.bias)), self.ci(t.bias - 1)),
                      self.ci(1 - t.bias))
        pow2 = lambda k: self.from_bits(b.shl(b.add(k, self.ci(t.bias)), self.ci(t.mant)))
        inv = self.from_bits(b.shl(b.sub(self.ci(t.bias), e), self.ci(t.mant)))
        scale = pow2(e)
        esmall = b.and_(b.ashr(small, self.ci(t.mant)), self.ci(field))
        big_sub, small_sub = b.icmp_signed("==", ebig, self.ci(0)), b.icmp_signed("==", esmall, self.ci(0))
        a = self.mul(self.from_bits(b.select(big_sub, self.ci(0), big)), inv)
        c = self.mul(self.from_bits(b.select(small_sub, self.ci(0), small)), inv)
        # a subnormal operand: its mantissa as a number, times 2^(min exponent - e)
        least = -1074 if t.wide else -149
        s2 = pow2(self.call("llvm.smax", self.call("llvm.smin", b.sub(self.ci(least), e), self.ci(t.bias)),
                            self.ci(1 - t.bias)))
        a = b.select(big_sub, self.mul(b.sitofp(b.and_(big, self.ci(mant_mask)), t.ty), s2), a)
        tiny = b.and_(small_sub, b.icmp_signed("<=", e, self.ci(-t.mant)))
        c = b.select(tiny, self.mul(b.sitofp(b.and_(small, self.ci(mant_mask)), t.ty), s2), c)
        r = self.mul(self.call("llvm.sqrt", self.fma(a, a, self.mul(c, c))), scale)
        nan = b.or_(b.fcmp_unordered("uno", x, x), b.fcmp_unordered("uno", y, y))
        r = b.select(nan, self.c(math.nan), r)
        inf = self.c(math.inf)
        is_inf = b.or_(b.fcmp_ordered("==", self.call("llvm.fabs", x), inf),
                       b.fcmp_ordered("==", self.call("llvm.fabs", y), inf))
        return b.select(is_inf, inf, r)

    def _asin_parts(self, x: ir.Value, a: ir.Value):
        """For |x| = a: whether a < 1/2, z (x^2 or (1-a)/2) and d (a or sqrt(z))."""
        b = self.b
        near0 = b.fcmp_ordered("<", a, self.c(0.5))
        z = b.select(near0, self.mul(x, x), self.mul(self.sub(self.c(1.0), a), self.c(0.5)))
        d = b.select(near0, self.call("llvm.fabs", x), self.call("llvm.sqrt", z))
        return near0, z, d

    def asin(self, x: ir.Value) -> ir.Value:
        if self.t.wide:
            return self.b.call(self.m.libc("asin", F64, [F64]), [x])
        b = self.b
        near0, z, d = self._asin_parts(x, self.call("llvm.fabs", x))
        p = self.fma(self.horner(_ASIN_F32, z), self.mul(d, z), d)
        r = b.select(near0, p, self.sub(self.c(math.pi / 2), self.mul(p, self.c(2.0))))
        return self.call("llvm.copysign", r, x)

    def acos(self, x: ir.Value) -> ir.Value:
        if self.t.wide:
            return self.b.call(self.m.libc("acos", F64, [F64]), [x])
        b = self.b
        a = self.call("llvm.maxnum", self.call("llvm.minnum", self.call("llvm.fabs", x), self.c(1.0)), self.c(0.0))
        near0, z, d = self._asin_parts(x, a)
        d = b.select(b.fcmp_ordered("==", a, self.c(1.0)), self.c(0.0), d)
        p = self.mul(self.horner(_ASIN_F32, z), self.mul(z, d))
        small = self.sub(self.c(math.pi / 2), self.add(self.call("llvm.copysign", d, x), self.call("llvm.copysign", p, x)))
        r = b.select(near0, small, self.mul(self.add(d, p), self.c(2.0)))
        flip = b.and_(b.not_(near0), b.fcmp_ordered("<", x, self.c(0.0)))
        return b.select(flip, self.sub(self.c(math.pi), r), r)

    def atan(self, x: ir.Value) -> ir.Value:
        if not self.t.wide:
            return self.b.call(self.m.libc("atanf", F32, [F32]), [x])
        b = self.b
        a = self.call("llvm.fabs", x)
        big = b.fcmp_ordered(">", a, self.c(2.41421356237309504880))  # tan(3pi/8)
        mid = b.and_(b.fcmp_ordered(">", a, self.c(0.66)), b.not_(big))
        inv = b.fdiv(self.c(-1.0), a)
        moebius = b.fdiv(self.sub(a, self.c(1.0)), self.add(a, self.c(1.0)))
        y = b.select(big, inv, b.select(mid, moebius, a))
        base = b.select(big, self.c(math.pi / 2), b.select(mid, self.c(math.pi / 4), self.c(0.0)))
        low = b.select(big, self.c(_PIO2_LO), b.select(mid, self.c(_PIO2_LO / 2), self.c(0.0)))
        z = self.mul(y, y)
        p, q = self.horner(_ATAN_P, z), self.horner(_ATAN_Q, z)
        r = self.fma(b.fdiv(self.mul(z, p), q), y, y)
        return self.call("llvm.copysign", self.add(base, self.add(r, low)), x)

    def atan32(self, x: ir.Value) -> ir.Value:
        """fdlibm's atanf: |x| reduced at 7/16, 11/16, 19/16 and 39/16 to t near 0 with
        atan(x) = atan(c) + atan(t) (c = 1/2, 1, 3/2, inf; atan(c) in two parts), then
        t - t^3 P(t^2)."""
        b = self.b
        a = self.call("llvm.fabs", x)
        s1, s2, s3, s4 = (b.fcmp_ordered(">=", a, self.c(v)) for v in (0.4375, 0.6875, 1.1875, 2.4375))
        num = b.select(s4, self.c(-1.0), b.select(s3, self.sub(a, self.c(1.5)),
                                                  b.select(s2, self.sub(a, self.c(1.0)),
                                                           self.sub(self.add(a, a), self.c(1.0)))))
        den = b.select(s4, a, b.select(s3, self.fma(a, self.c(1.5), self.c(1.0)),
                                       b.select(s2, self.add(a, self.c(1.0)), self.add(a, self.c(2.0)))))
        t = b.select(s1, b.fdiv(num, den), a)

        def pick(values):
            v = b.select(s1, self.c(values[0]), self.c(0.0))
            for s, c in zip((s2, s3, s4), values[1:]):
                v = b.select(s, self.c(c), v)
            return v

        hi, lo = pick(_ATANF_HI), pick(_ATANF_LO)
        z = self.mul(t, t)
        r = self.sub(self.fma(t, self.mul(z, self.horner(_ATANF_P, z)), b.fneg(lo)), t)
        res = self.call("llvm.copysign", self.sub(hi, r), x)
        tiny = b.icmp_signed("<", b.and_(self.bits(x), self.ci(0x7FFFFFFF)), self.ci(0x39800000))
        return b.select(tiny, x, res)

    def _atan2_tiny32(self, y: ir.Value, x: ir.Value, r: ir.Value) -> ir.Value:
        """When |y/x| is below the smallest normal (x positive and finite) the quotient itself,
        rounded to nearest from the two mantissas, is the answer."""
        b = self.b
        u = lambda v: ir.Constant(I32, v)
        xb, yb = self.bits(x), self.bits(y)
        ax, ay = b.and_(xb, u(0x7FFFFFFF)), b.and_(yb, u(0x7FFFFFFF))

        def norm(v):
            sub = b.icmp_signed("<", v, u(0x800000))
            vn = b.select(sub, self.bits(b.sitofp(v, F32)), v)
            return vn, b.sub(b.ashr(vn, u(23)), b.select(sub, u(149), u(0)))

        axn, ex = norm(ax)
        ayn, ey = norm(ay)
        d = b.sub(ey, ex)
        sh = b.add(d, u(149))
        use = b.and_(b.and_(b.and_(b.icmp_signed("<=", d, u(-126)), b.icmp_signed(">", xb, u(0))),
                            b.icmp_signed("<", ax, u(0x7F800000))), b.icmp_signed("!=", ay, u(0)))
        k = self.call("llvm.smax", self.call("llvm.smin", sh, u(23)), u(-1))
        pk = self.from_bits(b.shl(b.add(k, u(127)), u(23)))
        my = self.mul(self.from_bits(b.or_(b.and_(ayn, u(0x7FFFFF)), u(0x3F800000))), pk)
        mx = self.from_bits(b.or_(b.and_(axn, u(0x7FFFFF)), u(0x3F800000)))
        fl = self.call("llvm.floor", b.fdiv(my, mx))
        rem = self.fma(b.fneg(fl), mx, my)
        n = b.add(b.fptosi(fl, I32), b.select(b.fcmp_ordered(">", rem, self.mul(mx, self.c(0.5))), u(1), u(0)))
        n = b.select(b.icmp_signed("<", sh, u(-1)), u(0), n)
        res = self.from_bits(b.or_(n, b.and_(yb, u(-2 ** 31))))
        return b.select(use, res, r)

    def atan2(self, y: ir.Value, x: ir.Value) -> ir.Value:
        b, t = self.b, self.t
        i64 = self.ci
        absm = (1 << (63 if t.wide else 31)) - 1
        # tiny (below 2^-969, Float32 2^-102) operands are scaled by 2^128 (Float32 2^64)
        tiny_bits, up_scale, sub_scale = ((0x0360000000000000, 2.0 ** 128, 2.0 ** -946) if t.wide else
                                          (0x0C800000, 2.0 ** 64, 2.0 ** -85))
        pio2_lo, pi_lo = (_PIO2_LO, 2 * _PIO2_LO) if t.wide else (_from_f32_bits(0xB33BBD2E),
                                                                    _from_f32_bits(0xB3BBBD2E))
        ax, ay = b.and_(self.bits(x), i64(absm)), b.and_(self.bits(y), i64(absm))
        swap = b.icmp_signed(">", ay, ax)
        nb, db = b.select(swap, ax, ay), b.select(swap, ay, ax)
        n, d = self.from_bits(nb), self.from_bits(db)
        inf = self.c(math.inf)
        is_inf = lambda v: b.fcmp_ordered("==", self.call("llvm.fabs", v), inf)
        both_inf = b.and_(is_inf(x), is_inf(y))
        tiny = b.icmp_signed("<", nb, i64(tiny_bits))

        def up(bits, v):
            sub = b.icmp_signed("==", b.ashr(bits, i64(t.mant)), i64(0))
            from_mant = self.mul(b.sitofp(b.and_(bits, i64((1 << t.mant) - 1)), t.ty), self.c(sub_scale))
            return b.select(tiny, b.select(sub, from_mant, self.mul(v, self.c(up_scale))), v)

        n, d = up(nb, n), up(db, d)
        q = b.select(b.fcmp_ordered("==", d, self.c(0.0)), self.c(0.0), b.fdiv(n, d))
        q = b.select(both_inf, self.c(1.0), q)
        at = self.atan(q) if t.wide else self.atan32(q)
        # the rounding error of n/d, carried as a correction of the angle
        ok = b.and_(b.fcmp_ordered(">=", n, self.from_bits(i64(tiny_bits))), b.not_(is_inf(d)))
        err = b.fdiv(b.fdiv(self.fma(b.fneg(q), d, n), d), self.fma(q, q, self.c(1.0)))
        corr = b.select(ok, err, self.c(0.0))
        pio2, pi = self.c(math.pi / 2), self.c(math.pi)
        flipped = self.sub(pio2, at)
        hi = b.select(swap, flipped, at)
        lo = b.select(swap, self.add(self.sub(self.sub(pio2, flipped), at), self.sub(self.c(pio2_lo), corr)), corr)
        neg_x = b.fcmp_ordered("<", self.call("llvm.copysign", self.c(1.0), x), self.c(0.0))
        back = self.sub(pi, hi)
        lo2 = self.add(self.sub(self.sub(pi, back), hi), self.sub(self.c(pi_lo), lo))
        lo = b.select(neg_x, lo2, lo)
        hi = b.select(neg_x, back, hi)
        r = self.call("llvm.copysign", self.add(hi, lo), y)
        if not t.wide:
            r = self._atan2_tiny32(y, x, r)
        nan = b.or_(b.fcmp_unordered("uno", x, x), b.fcmp_unordered("uno", y, y))
        return b.select(nan, self.add(x, y), r)

    def log10(self, x: ir.Value) -> ir.Value:
        b, wide = self.b, self.t.wide
        f, k = self._reduce(x)
        hfsq = self.mul(self.mul(f, self.c(0.5)), f)
        s = b.fdiv(f, self.add(f, self.c(2.0)))
        z = self.mul(s, s)
        w = self.mul(z, z)
        if wide:
            t1 = self.mul(w, self.fma(self.fma(w, self.c(_LG[5]), self.c(_LG[3])), w, self.c(_LG[1])))
            t2 = self.mul(z, self.fma(self.fma(self.fma(w, self.c(_LG[6]), self.c(_LG[4])), w, self.c(_LG[2])),
                                      w, self.c(_LG[0])))
        else:
            t1 = self.mul(w, self.fma(w, self.c(_LG_F32[3]), self.c(_LG_F32[1])))
            t2 = self.mul(z, self.fma(w, self.c(_LG_F32[2]), self.c(_LG_F32[0])))
        sr = self.mul(s, self.add(hfsq, self.add(t1, t2)))
        # the high part of f - hfsq: its low 32 (Float32: 12) bits cleared
        hi = self.from_bits(b.and_(self.bits(self.sub(f, hfsq)), self.ci(-2 ** 32 if wide else -4096)))
        lo = self.add(self.sub(self.sub(f, hi), hfsq), sr)
        iv_hi, iv_lo, l2_hi, l2_lo = _LOG10_CONSTS[wide]
        val_hi = self.mul(hi, self.c(iv_hi))
        y = self.mul(k, self.c(l2_hi))
        val_lo = self.add(self.add(self.mul(k, self.c(l2_lo)), self.mul(self.add(lo, hi), self.c(iv_lo))),
                          self.mul(lo, self.c(iv_hi)))
        w = self.add(y, val_hi)
        val_lo = self.add(val_lo, self.add(self.sub(y, w), val_hi))
        result = self.add(val_lo, w)
        is_zero = b.icmp_unsigned("==", b.add(self.bits(x), self.bits(x)), self.ci(0))
        result = b.select(is_zero, self.c(-math.inf), b.select(b.fcmp_ordered("==", x, self.c(math.inf)), x, result))
        bad = b.or_(b.and_(b.icmp_signed("<", self.bits(x), self.ci(0)), b.not_(is_zero)),
                    b.fcmp_unordered("uno", x, x))
        return b.select(bad, self.c(math.nan), result)


def function(m, name: str, ty: ir.Type) -> ir.Function:
    """The internal scalar function computing `name` for Float64 or Float32 (`ty`), built once
    per module."""
    key = ("mojo_math", name, str(ty))
    fn = m.helpers.get(key)
    if fn is not None:
        return fn
    nargs = 2 if name in ("pow", "hypot", "atan2") else 1
    fn = ir.Function(m.mod, ir.FunctionType(ty, [ty] * nargs), name=f"mojito.math.{name}.{ty}")
    fn.linkage = "internal"
    fn.attributes.add("alwaysinline")
    fn.attributes.add("nounwind")
    m.helpers[key] = fn
    from .fp_erf_tan import Kernels  # it builds on this module's kernels
    body = Kernels(m, fn, ty)
    result = getattr(body, name)(*fn.args)
    body.b.ret(result)
    return fn
