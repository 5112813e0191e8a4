"""Intrinsics behind float printing (stdlib builtin._format_float.mojo): the bits of a float and
the table of 10^k approximations its shortest-digits algorithm (Dragonbox, as Mojo ports it)
multiplies by. The table is computed here, exactly, rather than written out by hand."""

from __future__ import annotations

import functools
from fractions import Fraction
from typing import Any

from llvmlite import ir

from ..ir import nodes as N
from .runtime import I64

FLOAT_FORMAT_INTRINSICS = frozenset({"__f64_bits", "__f32_bits", "__pow10_cache"})

# Mojo's tables: float32 uses 64-bit entries for k in [-31, 46], float64 128-bit entries for
# k in [-292, 326]. Word i of the one global: the 78 float32 entries, then each float64 entry as
# its high word followed by its low word.
F32_MIN_K, F32_MAX_K = -31, 46
F64_MIN_K, F64_MAX_K = -292, 326


def _pow10_entry(k: int, bits: int) -> int:
    """10^k scaled into [2^(bits-1), 2^bits), rounded up unless exact (Dragonbox's cache)."""
    v = Fraction(10) ** k
    e = v.numerator.bit_length() - v.denominator.bit_length()
    if Fraction(2) ** e > v:
        e -= 1
    s = v * Fraction(2) ** (bits - 1 - e)
    q, r = divmod(s.numerator, s.denominator)
    return q if r == 0 else q + 1


@functools.cache
def pow10_words() -> tuple[int, ...]:
    words = [_pow10_entry(k, 64) for k in range(F32_MIN_K, F32_MAX_K + 1)]
    for k in range(F64_MIN_K, F64_MAX_K + 1):
        c = _pow10_entry(k, 128)
        words += [c >> 64, c & ((1 << 64) - 1)]
    return tuple(words)


def _table(m: Any) -> ir.GlobalVariable:
    name = "mojito.pow10_cache"
    g = m.mod.globals.get(name)
    if g is None:
        words = pow10_words()
        arr = ir.ArrayType(I64, len(words))
        g = ir.GlobalVariable(m.mod, arr, name=name)
        g.global_constant = True
        g.linkage = "private"
        # i64 constants are signed in the IR text: store the two's-complement value.
        g.initializer = ir.Constant(arr, [ir.Constant(I64, w - (1 << 64) if w >> 63 else w) for w in words])
    return g


def float_format_intrinsic(f: Any, i: N.Assign, v: list[ir.Value]) -> ir.Value:
    b = f.b
    name = i.attrs["name"]
    if name == "__f64_bits":
        return b.bitcast(v[0], I64)
    if name == "__f32_bits":  # the float32 that the (widened) argument holds
        return b.zext(b.bitcast(b.fptrunc(v[0], ir.FloatType()), ir.IntType(32)), I64)
    g = _table(f.m)
    return b.load(b.gep(g, [ir.Constant(I64, 0), v[0]], source_etype=g.value_type), typ=I64)
