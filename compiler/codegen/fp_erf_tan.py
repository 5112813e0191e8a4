"""erf, erfc and tan computed the way Mojo 1.2's standard library computes them (see fp_math.py
for why: printed full-precision results must carry Mojo's last digits, not glibc's).

The methods, read from the LLVM IR that `mojo build --emit llvm` gives for these functions:

  erf    Float64: fdlibm's s_erf.c polynomials (pp/qq below 0.84375, pa/qa up to 1.25, else
         1 - erfc), every polynomial step one fused multiply-add, no separate tiny-x branch.
         Float32: one polynomial in x^2 below 0.921875; above, 1 - exp(-(a + a*P(min(a, 3.925))))
         with Mojo's own exp (fp_math.exp) and the sign of x.
  erfc   fdlibm's erfc (Float32: erfcf) scheme with the same rational approximations, except that
         exp(-z*z - 0.5625) * exp((z-a)(z+a) + R/S) is one exp evaluated in double-word (two-sum)
         arithmetic: k*ln2 split in a high and a low part, the exp kernel's rational step (fdlibm's
         P1..P5), and 2^k applied in two halves so that it cannot overflow early.
  tan    Cody-Waite reduction by pi/2 in three (Float32: four) parts for |x| < 1572864 (Float32:
         24576); beyond that a Payne-Hanek reduction with 64-bit words of 2/pi. Then a tan kernel
         on the double-word remainder (Float64: Cephes' P/Q rational; Float32: a degree-6 polynomial)
         and, in odd quadrants, -1/tan computed with one correction step.

Every operation is emitted in the order Mojo's IR has it, with the `contract` flag, so LLVM fuses
the same multiply-adds as it does for Mojo.
"""

from __future__ import annotations

import struct

from llvmlite import ir

from .fp_math import I32, I64, _More


def _h64(n: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", n))[0]


def _h32(n: int) -> float:
    return struct.unpack("<f", struct.pack("<I", n))[0]


# fdlibm s_erf.c: erf on [0, 0.84375) is x + x*pp(x^2)/qq(x^2); on [0.84375, 1.25) erx + pa(s)/qa(s),
# s = |x| - 1; erfc beyond as exp(...)/x with ra/sa (|x| < 1/0.35) or rb/sb.
_PP = [_h64(n) for n in (0x3FC06EBA8214DB68, 0xBFD4CD7D691CB913, 0xBF9D2A51DBD7194F, 0xBF77A291236668E4,
                         0xBEF8EAD6120016AC)]
_QQ = [1.0] + [_h64(n) for n in (0x3FD97779CDDADC09, 0x3FB0A54C5536CEBA, 0x3F74D022C4D36B0F, 0x3F215DC9221C1A10,
                                 0xBED09C4342A26120)]
_PA = [_h64(n) for n in (0xBF6359B8BEF77538, 0x3FDA8D00AD92B34D, 0xBFD7D240FBB8C3F1, 0x3FD45FCA805120E4,
                         0xBFBC63983D3E28EC, 0x3FA22A36599795EB, 0xBF61BF380A96073F)]
_QA = [1.0] + [_h64(n) for n in (0x3FBB3E6618EEE323, 0x3FE14AF092EB6F33, 0x3FB2635CD99FE9A7, 0x3FC02660E763351F,
                                 0x3F8BEDC26B51DD1C, 0x3F888B545735151D)]
_RA = [_h64(n) for n in (0xBF843412600D6435, 0xBFE63416E4BA7360, 0xC0251E0441B0E726, 0xC04F300AE4CBA38D,
                         0xC0644CB184282266, 0xC067135CEBCCABB2, 0xC054526557E4D2F2, 0xC023A0EFC69AC25C)]
_SA = [1.0] + [_h64(n) for n in (0x4033A6B9BD707687, 0x4061350C526AE721, 0x407B290DD58A1A71, 0x40842B1921EC2868,
                                 0x407AD02157700314, 0x405B28A3EE48AE2C, 0x401A47EF8E484A93, 0xBFAEEFF2EE749A62)]
_RB = [_h64(n) for n in (0xBF84341239E86F4A, 0xBFE993BA70C285DE, 0xC031C209555F995A, 0xC064145D43C5ED98,
                         0xC083EC881375F228, 0xC09004616A2E5992, 0xC07E384E9BDC383F)]
_SB = [1.0] + [_h64(n) for n in (0x403E568B261D5190, 0x40745CAE221B9F0A, 0x409802EB189D5118, 0x40A8FFB7688C246A,
                                 0x40A3F219CEDF3BE6, 0x407DA874E79FE763, 0xC03670E242712D62)]
_ERX = _h64(0x3FEB0AC160000000)  # erf(1) rounded to 24 bits
_EFC = _h64(0x3FC3D4FA80000000)  # 1 - _ERX
_LN2_HI, _LN2_LO = _h64(0x3FE62E42FEE00000), _h64(0x3DEA39EF35793C76)
_EXP_P = [_h64(n) for n in (0x3FC555555555553E, 0xBF66C16C16BEBD93, 0x3F11566AAF25DE2C, 0xBEBBBD41C5D26BF1,
                            0x3E66376972BEA4D0)]
# Float32: erfcf's shorter fits, and erf's own two polynomials
_PP32 = [_h32(n) for n in (0x3E0375D4, 0xBEAC0C2D, 0xBAF422F4)]
_QQ32 = [1.0] + [_h32(n) for n in (0x3E9FE8F9, 0x3CB10140, 0xBB025311)]
_PA32 = [_h32(n) for n in (0x3674F993, 0x3ED48935, 0xBE566BD5, 0x3DB1B34B)]
_QA32 = [1.0] + [_h32(n) for n in (0x3EFDBA2B, 0x3EBE1449, 0x3D20C267)]
_RA32 = [_h32(n) for n in (0xBC21E64C, 0xBF0B2D32, 0xBFD58A4D, 0xBF3109B2)]
_SA32 = [1.0] + [_h32(n) for n in (0x408F8BCD, 0x408374AB, 0x3F0DC974)]
_RB32 = [_h32(n) for n in (0xBC21A0AE, 0xBF0C4CFE, 0xBFEBAB07)]
_SB32 = [1.0] + [_h32(n) for n in (0x409BE1EA, 0x4043305E, 0xBF430BEC)]
_ERF32_BIG = [_h32(n) for n in (0x3E03CE86, 0x3F228550, 0x3DDAAE58, 0xBCC6B180, 0x3B7E899B, 0xB9C8E966, 0x37911480)]
_ERF32_SMALL = [_h32(n) for n in (0x3E0375D3, 0xBEC09370, 0x3DE70D23, 0xBCDB45E9, 0x3BA39FA4, 0xBA1D0D41)]

# tan: the fraction bits of 2/pi as 64-bit words, preceded by a zero word (Payne-Hanek)
_TWO_OVER_PI_HEX = ("A2F9836E4E441529FC2757D1F534DDC0DB6295993C439041FE5163ABDEBBC561B7246E3A424DD2E0"
                    "06492EEA09D1921CFE1DEB1CB129A73EE88235F52EBB4484E99C7026B45F7E413991D639835339F4"
                    "9C845F8BBDF9283B1FF897FFDE05980FEF2F118B5A0A6D1F6D367ECF27CB09B74F463F669E5FEA2D"
                    "7527BAC7EBE5F17B3D0739F78A5292EA6BFB5FB11F8D5D0856033046FC7B6BAB")
_TWO_OVER_PI = [0] + [int(_TWO_OVER_PI_HEX[i:i + 16], 16) for i in range(0, len(_TWO_OVER_PI_HEX), 16)]
_PIO2 = {True: (_h64(0x3FF921FB54442D18), _h64(0x3C91A62633145C07)), False: (_h32(0x3FC90FDB), _h32(0xB33BBD2E))}
_TAN_P = [_h64(n) for n in (0xC1711FEAD3299176, 0x413199ECA5FC9DDD, 0xC0C992D8D24F3F38)]
_TAN_Q = [_h64(n) for n in (0xC189AFE03CBE5A31, 0x4177D98FC2EAD8EF, 0xC13427BC582ABC96, 0x40CAB8A5EEB36572)] + [1.0]
_TAN32 = [_h32(n) for n in (0x3EAAAAB0, 0x3E0886C4, 0x3D5D6E8D, 0x3CAE515C, 0x3C31AC12, 0x38A4B57C, 0x3B8F9594)]


def _i64(v: int) -> ir.Constant:
    return ir.Constant(I64, v % 2 ** 64)


class Kernels(_More):
    """fp_math's kernels plus erf, erfc and tan."""

    def lt(self, a, v):
        return self.b.fcmp_ordered("<", a, self.c(v) if isinstance(v, float) else v)

    def two_sum_err(self, s, a, b_):
        """The rounding error of s = a + b (Knuth's two-sum), in Mojo's operation order."""
        bv = self.sub(s, a)
        av = self.sub(s, bv)
        return self.add(self.sub(a, av), self.sub(b_, bv))

    def _scale2(self, v, k):
        """v * 2^k with k (a float holding an integer) applied in two halves."""
        b, t = self.b, self.t
        ki = b.fptosi(k, t.ity)
        half = b.ashr(ki, self.ci(1))
        s1 = self.from_bits(b.shl(b.add(half, self.ci(t.bias)), self.ci(t.mant)))
        s2 = self.from_bits(b.shl(b.add(b.sub(ki, half), self.ci(t.bias)), self.ci(t.mant)))
        return self.mul(self.mul(v, s1), s2)

    # ------------------------------------------------------------------ erf / erfc
    def erf(self, x: ir.Value) -> ir.Value:
        b = self.b
        a = self.call("llvm.fabs", x)
        if not self.t.wide:
            t = self.call("llvm.minnum", a, self.c(3.925))
            u = self.fma(self.horner(_ERF32_BIG, t), a, a)
            big = self.call("llvm.copysign", self.sub(self.c(1.0), self.exp(b.fneg(u))), x)
            z = self.mul(a, a)
            small = self.fma(self.horner(_ERF32_SMALL, z), x, x)
            return b.select(b.fcmp_ordered(">", a, self.c(0.921875)), big, small)
        z = self.mul(x, x)
        y = b.fdiv(self.horner(_PP, z), self.horner(_QQ, z))
        small = self.fma(x, y, x)
        s = self.sub(a, self.c(1.0))
        mid = self.add(b.fdiv(self.horner(_PA, s), self.horner(_QA, s)), self.c(_ERX))
        big = self.sub(self.c(1.0), self.erfc(a))
        r = self.call("llvm.copysign", b.select(self.lt(a, 1.25), mid, big), x)
        return b.select(self.lt(a, 0.84375), small, r)

    def erfc(self, x: ir.Value) -> ir.Value:
        return self._erfc64(x) if self.t.wide else self._erfc32(x)

    def _erfc64(self, x: ir.Value) -> ir.Value:
        b = self.b
        a = self.call("llvm.fabs", x)
        neg = self.lt(x, 0.0)
        z = self.mul(x, x)
        y = b.fdiv(self.horner(_PP, z), self.horner(_QQ, z))
        # below 0.84375: 1 - (x + x*y), as 0.5 - (x - 0.5 + x*y) in double-word arithmetic
        t = self.sub(x, self.c(0.5))
        h = self.fma(x, y, t)
        h_lo = self.fma(x, y, self.sub(t, h))
        nh = b.fneg(h)
        s = self.add(nh, self.c(0.5))
        s_err = self.two_sum_err(s, self.c(0.5), nh)
        tiny = self.sub(self.c(1.0), self.add(x, self.mul(x, y)))
        r1 = b.select(self.lt(x, 0.25), tiny, self.add(s, self.sub(s_err, h_lo)))
        # below 1.25: 1 - erx - P/Q (x > 0) or 1 + erx + P/Q, double-word again
        sm = self.sub(a, self.c(1.0))
        p, q = self.horner(_PA, sm), self.horner(_QA, sm)
        pq = b.fdiv(p, q)
        npq = b.fneg(pq)
        pq_lo = b.fdiv(self.fma(q, npq, p), q)
        e = self.add(npq, self.c(_EFC))
        e_err = self.two_sum_err(e, self.c(_EFC), npq)
        r2 = b.select(neg, self.add(self.add(pq, self.c(_ERX)), self.c(1.0)), self.add(e, self.sub(e_err, pq_lo)))
        # beyond: exp(-z*z - 0.5625 + (z-a)(z+a) + R/S) / a, z = a with its low 32 bits cleared
        w = b.fdiv(self.c(1.0), self.mul(a, a))
        rs = b.select(self.lt(a, _h64(0x4006DB6D00000000)),
                      b.fdiv(self.horner(_RA, w), self.horner(_SA, w)),
                      b.fdiv(self.horner(_RB, w), self.horner(_SB, w)))
        zz = self.from_bits(b.and_(self.bits(a), self.ci(-2 ** 32)))
        zz2 = self.mul(zz, zz)
        d = self.mul(self.sub(zz, a), self.add(zz, a))
        u = self.add(rs, d)
        u_err = self.two_sum_err(u, rs, d)
        arg = self.sub(self.sub(u, zz2), self.c(0.5625))
        arg = self.call("llvm.maxnum", self.call("llvm.minnum", arg, self.c(1200.0)), self.c(-1200.0))
        k = self.call("llvm.floor", self.add(self.mul(arg, self.c(_h64(0x3FF71547652B82FE))), self.c(0.5)))
        hi = self.sub(b.fneg(zz2), self.mul(k, self.c(_LN2_HI)))
        v = self.add(hi, self.c(-0.5625))
        v_err = self.two_sum_err(v, hi, self.c(-0.5625))
        vv = self.add(v, u)
        vv_err = self.two_sum_err(vv, v, u)
        lo = self.sub(self.mul(k, self.c(_LN2_LO)), self.add(self.add(v_err, vv_err), u_err))
        r = self.sub(vv, lo)
        rr = self.mul(r, r)
        c = self.sub(r, self.mul(rr, self.horner(_EXP_P, rr)))
        ex = self.sub(vv, self.sub(lo, b.fdiv(self.mul(r, c), self.sub(self.c(2.0), c))))
        one = self.add(ex, self.c(1.0))
        one_err = self.two_sum_err(one, self.c(1.0), ex)
        q1 = b.fdiv(one, a)
        q_lo = b.fdiv(self.add(self.fma(a, b.fneg(q1), one), one_err), a)
        r3 = self._scale2(self.add(q1, q_lo), k)
        r3 = b.select(neg, self.sub(self.c(2.0), r3), r3)
        return self._erfc_pick(x, a, neg, r1, r2, r3, 28.0, -6.0)

    def _erfc32(self, x: ir.Value) -> ir.Value:
        b = self.b
        a = self.call("llvm.fabs", x)
        neg = self.lt(x, 0.0)
        z = self.mul(x, x)
        y = b.fdiv(self.horner(_PP32, z), self.horner(_QQ32, z))
        xy = self.mul(x, y)
        tiny = self.sub(self.c(1.0), self.add(x, xy))
        r1 = b.select(self.lt(x, 0.25), tiny, self.sub(self.c(0.5), self.add(xy, self.sub(x, self.c(0.5)))))
        sm = self.sub(a, self.c(1.0))
        pq = b.fdiv(self.horner(_PA32, sm), self.horner(_QA32, sm))
        r2 = b.select(neg, self.add(self.add(pq, self.c(_h32(0x3F57BB00))), self.c(1.0)),
                      self.sub(self.c(_h32(0x3E211400)), pq))
        w = b.fdiv(self.c(1.0), self.mul(a, a))
        ra = b.fdiv(self.horner(_RA32, w), self.horner(_SA32, w))
        rb = b.fdiv(self.horner(_RB32, w), self.horner(_SB32, w))
        zz = self.from_bits(b.and_(self.bits(a), self.ci(-8192)))
        zz2 = self.mul(zz, zz)
        d = self.mul(self.sub(zz, a), self.add(zz, a))
        u = self.add(d, b.select(self.lt(a, 2.85715), ra, rb))
        arg = self.sub(self.sub(u, zz2), self.c(0.5625))
        arg = self.call("llvm.maxnum", self.call("llvm.minnum", arg, self.c(170.0)), self.c(-170.0))
        k = self.call("llvm.floor", self.add(self.mul(arg, self.c(_h32(0x3FB8AA3B))), self.c(0.5)))
        hi = self.add(self.sub(self.sub(b.fneg(zz2), self.mul(k, self.c(_h32(0x3F317200)))), self.c(0.5625)), u)
        lo = self.mul(k, self.c(_h32(0x35BFBE8E)))
        r = self.sub(hi, lo)
        rr = self.mul(r, r)
        c = self.sub(r, self.mul(rr, self.fma(rr, self.c(_h32(0xBB355215)), self.c(_h32(0x3E2AAA8F)))))
        ex = self.sub(self.c(1.0), self.sub(self.sub(lo, b.fdiv(self.mul(r, c), self.sub(self.c(2.0), c))), hi))
        r3 = self._scale2(b.fdiv(ex, a), k)
        r3 = b.select(neg, self.sub(self.c(2.0), r3), r3)
        return self._erfc_pick(x, a, neg, r1, r2, r3, 11.0, -5.0)

    def _erfc_pick(self, x, a, neg, r1, r2, r3, limit: float, floor: float):
        b = self.b
        r = b.select(self.lt(a, limit), r3, b.select(neg, self.c(2.0), self.c(0.0)))
        r = b.select(self.lt(a, 1.25), r2, r)
        r = b.select(self.lt(a, 0.84375), r1, r)
        r = b.select(b.fcmp_ordered("<=", x, self.c(floor)), self.c(2.0), r)
        return b.select(b.fcmp_unordered("uno", x, x), x, r)

    # ------------------------------------------------------------------ tan
    def _payne_hanek(self, x, a, neg):
        """x reduced by pi/2 for large |x|: (quadrant, hi, lo)."""
        b, wide = self.b, self.t.wide
        ab = self.bits(a) if wide else b.zext(self.bits(a), I64)
        e = b.add(b.lshr(ab, _i64(52 if wide else 23)), _i64(-1013 if wide else -88))
        sh = b.and_(e, _i64(63))
        inv = b.sub(_i64(63), sh)
        idx = b.lshr(e, _i64(6))
        nidx = 17 if wide else 3
        hits = [b.icmp_unsigned("==", idx, _i64(i)) for i in range(nidx)]

        def word(j):  # _TWO_OVER_PI[idx + j], 0 past the cases the exponent range needs
            acc = _i64(0)
            for i in range(nidx):
                if _TWO_OVER_PI[i + j]:
                    acc = b.select(hits[i], _i64(_TWO_OVER_PI[i + j]), acc)
            return acc

        w0, w1, w2, w3 = word(0), word(1), word(2), word(3)
        join = lambda hi, lo: b.or_(b.shl(hi, sh), b.lshr(b.lshr(lo, _i64(1)), inv))
        p0, p1, p2 = join(w0, w1), join(w1, w2), join(w2, w3)
        mant = (1 << (52 if wide else 23))
        m = b.or_(b.and_(ab, _i64(mant - 1)), _i64(mant))
        i128 = ir.IntType(128)

        def mul128(u, v):
            prod = b.mul(b.zext(u, i128), b.zext(v, i128))
            return b.trunc(b.lshr(prod, ir.Constant(i128, 64)), I64), b.trunc(prod, I64)

        hi1, lo1 = mul128(m, p1)
        hi2, lo2 = mul128(m, p2)
        mid = b.add(hi2, lo1)
        top = b.add(b.add(hi1, b.mul(m, p0)), b.zext(b.icmp_unsigned("<", mid, lo1), I64))
        v = b.or_(b.shl(top, _i64(2)), b.lshr(mid, _i64(62)))
        w = b.or_(b.shl(mid, _i64(2)), b.lshr(lo2, _i64(62)))
        quad = b.trunc(b.and_(b.add(b.lshr(top, _i64(62)), b.lshr(v, _i64(63))), _i64(3)), I32)
        quad = b.and_(b.select(neg, b.sub(ir.Constant(I32, 0), quad), quad), ir.Constant(I32, 3))

        def num(bits, scale):
            if wide:
                f = b.sitofp(bits, self.t.ty)
            else:
                f = b.sitofp(b.trunc(bits, I32), self.t.ty)
            return self.mul(f, self.c(scale))

        if wide:
            f1 = num(b.ashr(v, _i64(11)), 2.0 ** -53)
            f3 = num(b.lshr(b.shl(w, _i64(42)), _i64(11)), 2.0 ** -159)
            f2 = num(b.lshr(b.or_(b.shl(v, _i64(53)), b.lshr(w, _i64(11))), _i64(11)), 2.0 ** -106)
        else:
            f1 = num(b.ashr(v, _i64(40)), 2.0 ** -24)
            f3 = num(b.lshr(b.or_(b.shl(v, _i64(48)), b.lshr(w, _i64(16))), _i64(40)), 2.0 ** -72)
            f2 = num(b.lshr(b.or_(b.shl(v, _i64(24)), b.lshr(w, _i64(40))), _i64(40)), 2.0 ** -48)
        s = self.add(f1, f2)
        s_lo = self.add(self.two_sum_err(s, f1, f2), f3)
        pio2, pio2_lo = _PIO2[wide]
        t = self.fma(s, self.c(pio2_lo), self.mul(s_lo, self.c(pio2)))
        hi = self.fma(s, self.c(pio2), t)
        nhi = b.fneg(hi)
        lo = self.add(self.fma(s, self.c(pio2), nhi), t)
        return quad, b.select(neg, nhi, hi), b.select(neg, b.fneg(lo), lo)

    def _cody_waite(self, xs):
        """xs reduced by k*pi/2, k the nearest integer: (quadrant, hi, lo)."""
        b, wide = self.b, self.t.wide
        k = self.call("llvm.floor", self.add(self.mul(xs, self.c(_h64(0x3FE45F306DC9C883) if wide else
                                                                  _h32(0x3F22F983))), self.c(0.5)))
        nk = b.fneg(k)
        parts = ([0x3FF921FB54442D18, 0x3C91A62633100000, 0x3A71701B839A2520] if wide else
                 [0x3FC90FDB, 0xB33BC000, 0x2C348000, 0xA6F72CED])
        c = [self.c(_h64(n) if wide else _h32(n)) for n in parts]
        r = self.fma(nk, c[0], xs)
        m1 = self.mul(nk, c[1])
        s = self.add(r, m1)
        err = self.two_sum_err(s, r, m1)
        if not wide:
            m2 = self.mul(nk, c[2])
            s2 = self.add(s, m2)
            err = self.add(err, self.two_sum_err(s2, s, m2))
            s = s2
        last = self.fma(nk, c[-1], err)
        hi = self.add(s, last)
        lo = self.two_sum_err(hi, s, last)
        ki = b.fptosi(k, I64) if wide else b.fptosi(k, I32)
        quad = b.and_(b.trunc(ki, I32) if wide else ki, ir.Constant(I32, 3))
        return quad, hi, lo

    def tan(self, x: ir.Value) -> ir.Value:
        b, wide = self.b, self.t.wide
        neg = self.lt(x, 0.0)
        a = self.call("llvm.fabs", x)
        q_big, hi_big, lo_big = self._payne_hanek(x, a, neg)
        small = self.lt(a, 1572864.0 if wide else 24576.0)
        q_small, hi_small, lo_small = self._cody_waite(b.select(small, x, self.c(0.0)))
        finite = b.fcmp_ordered("<", a, self.c(float("inf")))
        use_big = b.and_(b.not_(small), finite)
        q = b.select(use_big, q_big, q_small)
        hi = b.select(use_big, hi_big, hi_small)
        lo = b.select(use_big, lo_big, lo_small)
        z = self.mul(hi, hi)
        if wide:
            pq = b.fdiv(self.mul(z, self.horner(_TAN_P, z)), self.horner(_TAN_Q, z))
            tail = self.fma(hi, pq, self.fma(lo, z, lo))
        else:
            tail = self.fma(self.mul(hi, z), self.horner(_TAN32, z), self.fma(lo, z, lo))
        t = self.add(hi, tail)
        t_lo = self.sub(tail, self.sub(t, hi))
        # odd quadrants: -1/t, refined once with the low part
        inv = b.fdiv(self.c(-1.0), t)
        corr = self.add(self.fma(inv, t, self.c(1.0)), self.mul(inv, t_lo))
        cot = self.fma(inv, corr, inv)
        odd = b.icmp_unsigned("!=", b.and_(q, ir.Constant(I32, 1)), ir.Constant(I32, 0))
        r = b.select(odd, cot, t)
        r = b.select(b.fcmp_ordered("==", x, self.c(0.0)), x, r)
        return b.select(finite, r, self.sub(x, x))
