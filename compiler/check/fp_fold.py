"""Constant folding of float `**` the way Mojo 1.2 evaluates it (see codegen/fp_math.py for the
method): Mojo folds `2.0 ** 0.5` with its own exp and log, so the literal prints
1.4142135623734946, as the same expression does at run time, not libm's 1.4142135623730951.

Every step is a Float64 operation; the fused multiply-adds (written ones and those LLVM forms from
a multiply feeding an add) are done exactly with fractions, then rounded once."""

from __future__ import annotations

import math
import struct
from fractions import Fraction

_LOG2E = 1.4426950408889634
_NEG_LN2_SHORT = -0.69314718055966295651160180568695068359375
_TAYLOR = [float(Fraction(1, math.factorial(k))) for k in range(13)]
_LG = [6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01, 2.222219843214978396e-01,
       1.818357216161805012e-01, 1.531383769920937332e-01, 1.479819860511658591e-01]
_LN2_HI, _LN2_LO = 6.93147180369123816490e-01, 1.90821492927058770002e-10


def _fma(a: float, b: float, c: float) -> float:
    if not (math.isfinite(a) and math.isfinite(b) and math.isfinite(c)):
        return a * b + c
    exact = Fraction(a) * Fraction(b) + Fraction(c)
    if exact == 0:
        return a * b + c  # the sign of a zero
    try:
        return float(exact)
    except OverflowError:
        return math.inf if exact > 0 else -math.inf


def _minnum(a: float, b: float) -> float:
    """LLVM's minnum: a NaN operand gives the other one."""
    return b if math.isnan(a) else min(a, b)


def _maxnum(a: float, b: float) -> float:
    return b if math.isnan(a) else max(a, b)


def _bits(x: float) -> int:
    return struct.unpack("<q", struct.pack("<d", x))[0]


def _from_bits(n: int) -> float:
    return struct.unpack("<d", struct.pack("<q", ((n + 2 ** 63) % 2 ** 64) - 2 ** 63))[0]


def exp(x: float) -> float:
    xc = _maxnum(_minnum(x, 709.437), -709.436139303)
    k = math.floor(_fma(xc, _LOG2E, 0.5))
    r = _fma(k, _NEG_LN2_SHORT, xc)
    p = _fma(r, _TAYLOR[12], _TAYLOR[11])
    for c in reversed(_TAYLOR[:11]):
        p = _fma(p, r, c)
    return _maxnum(p * _from_bits((k + 1023) << 52), xc)


def _frexp(x: float) -> tuple[float, float]:
    if x == 0:
        return 0.0, 0.0
    if not math.isfinite(x):
        return x, 0.0
    m, e = math.frexp(x)
    return m, float(e)


def log(x: float) -> float:
    if math.isnan(x) or x < 0:
        return math.nan
    if x == 0:
        return -math.inf
    if x == math.inf:
        return x
    m, e = _frexp(x)
    if m < 0.70710678118654752440:
        e, m = e - 1, m + m
    f = m - 1.0
    hfsq = f * 0.5 * f  # used twice, so LLVM keeps it a plain product
    s = f / (f + 2.0)
    z = s * s
    w = z * z
    t2 = z * _fma(_fma(_fma(w, _LG[6], _LG[4]), w, _LG[2]), w, _LG[0])
    r = _fma(w, _fma(_fma(w, _LG[5], _LG[3]), w, _LG[1]), t2)  # t1 + t2, t1's product fused
    lo = _fma(s, hfsq + r, e * _LN2_LO)
    return _fma(e, _LN2_HI, -((hfsq - lo) - f))


def _powi(x: float, n: int) -> float:
    neg = n < 0
    mag = -n if neg and n != -2 ** 31 else n  # |INT32_MIN| wraps to itself: no iterations
    acc, base = 1.0, x
    while mag > 0:
        if mag & 1:
            acc = acc * base
        base = base * base
        mag >>= 1
    return 1.0 / acc if neg else acc


def _mul(a: float, b: float) -> float:
    try:
        return a * b
    except OverflowError:
        return math.copysign(math.inf, a) * math.copysign(1.0, b)


def power(x: float, y: float) -> float:
    """x ** y for Float64 operands."""
    integral = math.trunc(y) if math.isfinite(y) else y
    if integral == y:
        n = int(integral) if math.isfinite(integral) and abs(integral) < 2 ** 31 else -2 ** 31
        try:
            return _powi(x, n)
        except OverflowError:
            return math.inf
        except ZeroDivisionError:
            return math.inf
    if x < 0 and y - integral != 0:
        return math.nan
    return exp(_mul(y, log(x)))
