# The digits of a printed float: Mojo 1.2 prints Float64/Float32 (and Float16, widened to Float32)
# with its port of the Dragonbox shortest-digits algorithm. That port differs from Dragonbox in
# ways that show in the output, and programs compare printed floats byte for byte, so this
# follows the port rather than textbook shortest round-trip:
#   - interval endpoints are always treated as included, and a tie between two candidate last
#     digits rounds up (Dragonbox: only for even significands / rounds to even);
#   - the parity checks of float32 use the float64 multiplier table at the float32 index, so
#     about one float32 in thirty gets a last digit one away from the shortest round-trip one
#     (print(Float32(99368296.0)) shows 99368300.0).
# The results were checked against the reference on thousands of random floats of each width.
#
# The 10^k multipliers come from the __pow10_cache intrinsic (codegen/fp_format.py): words
# 0..77 are float32's 64-bit entries for k = -31..46, then float64's 128-bit entries for
# k = -292..326 as (high, low) word pairs.

def __f64_bits(x: Float64) -> UInt64: ...
def __f32_bits(x: Float64) -> UInt64: ...
def __pow10_cache(i: Int) -> UInt64: ...


comptime _M32 = UInt64(0xFFFFFFFF)


def _f32_cache(idx: Int) -> UInt64:
    return __pow10_cache(idx)


def _f64_cache_hi(idx: Int) -> UInt64:
    return __pow10_cache(78 + 2 * idx)


def _f64_cache_lo(idx: Int) -> UInt64:
    return __pow10_cache(79 + 2 * idx)


def _mul_hi64(x: UInt64, y: UInt64) -> UInt64:
    """The high 64 bits of the 128-bit product x * y."""
    var a = x >> 32
    var b = x & _M32
    var c = y >> 32
    var d = y & _M32
    var ac = a * c
    var bc = b * c
    var ad = a * d
    var bd = b * d
    var mid = (bd >> 32) + (ad & _M32) + (bc & _M32)
    return ac + (mid >> 32) + (ad >> 32) + (bc >> 32)


def _floor_log10_pow2(e: Int) -> Int:
    return (e * 315653) >> 20


def _floor_log2_pow10(e: Int) -> Int:
    return (e * 1741647) >> 19


def _f64_parity(two_f: UInt64, idx: Int, beta: Int, mut is_integer: Bool) -> Bool:
    """Bit `beta` below the point of two_f * 10^k (float64 table entry idx), and whether the
    product is an integer: the low 128 bits of the 192-bit product."""
    var hi = _f64_cache_hi(idx)
    var lo = _f64_cache_lo(idx)
    var r_hi = two_f * hi + _mul_hi64(two_f, lo)
    var r_lo = two_f * lo
    is_integer = ((r_hi << UInt64(beta)) | (r_lo >> UInt64(64 - beta))) == 0
    return ((r_hi >> UInt64(64 - beta)) & 1) != 0


def _strip_zeros(mut sig: UInt64, mut exp: Int, limit: Int):
    # Mojo's trailing-zero removal takes off at most 7 (float32) or 15 (float64) zeros.
    var n = 0
    while n < limit and sig != 0 and sig % 10 == 0:
        sig = sig // 10
        n += 1
    exp += n


def _float_decimal(x: Float64, single: Bool, mut sig: UInt64, mut exp: Int):
    """x (finite, nonzero; a Float32 widened when single) as sig * 10^exp."""
    var sig_bits = 52
    var exp_field = 0
    var bias = -1023
    var min_k = -292
    var kappa = 2
    var shift_base = 64  # Dragonbox's total_bits (float64) or cache_bits (float32)
    var zeros = 15
    var mant = UInt64(0)
    if single:
        var bits = __f32_bits(x)
        mant = bits & 0x7FFFFF
        exp_field = Int((bits >> 23) & 0xFF)
        sig_bits = 23
        bias = -127
        min_k = -31
        kappa = 1
        zeros = 7
    else:
        var bits = __f64_bits(x)
        mant = bits & 0xFFFFFFFFFFFFF
        exp_field = Int((bits >> 52) & 0x7FF)
    var two_fc = mant * 2
    var be = exp_field
    if be != 0:
        be += bias - sig_bits
        if two_fc == 0:
            # A power of two: the interval below is half as wide as the one above.
            var mk = (be * 631305 - 261663) >> 21
            var beta = be + _floor_log2_pow10(-mk)
            var idx = -mk - min_k
            var ch = _f32_cache(idx) if single else _f64_cache_hi(idx)
            var sh = UInt64(shift_base - sig_bits - 1 - beta)
            var xi = (ch - (ch >> UInt64(sig_bits + 2))) >> sh
            var zi = (ch + (ch >> UInt64(sig_bits + 1))) >> sh
            if single:
                xi &= _M32
                zi &= _M32
            # The left endpoint is an integer only for binary exponents 2..3 (for both widths:
            # 2 + floor(log2(10^(1 + factors of 5 in 2^(sig_bits+2) - 1))) // 3).
            if not (be >= 2 and be <= 3):
                xi += 1
            sig = zi // 10
            if sig * 10 >= xi:
                exp = mk + 1
                _strip_zeros(sig, exp, zeros)
                return
            var up = ch >> UInt64(shift_base - sig_bits - 2 - beta)
            if single:
                up &= _M32
            sig = (up + 1) // 2
            if sig < xi:
                sig += 1
            exp = mk
            return
        two_fc |= UInt64(1) << UInt64(sig_bits + 1)
    else:
        be = bias + 1 - sig_bits
    var mk = _floor_log10_pow2(be) - kappa
    var beta = be + _floor_log2_pow10(-mk)
    var idx = -mk - min_k
    var u = (two_fc | 1) << UInt64(beta)
    var deltai = UInt64(0)
    var z = UInt64(0)
    if single:
        u &= _M32
        var c = _f32_cache(idx)
        deltai = (c >> UInt64(63 - beta)) & _M32
        var r = u * (c >> 32) + ((u * (c & _M32)) >> 32)
        z = (r >> 32) & _M32
    else:
        var hi = _f64_cache_hi(idx)
        var lo = _f64_cache_lo(idx)
        deltai = hi >> UInt64(63 - beta)
        # The high 64 bits of the top 128 of u * (hi:lo).
        var low = u * hi
        var add = _mul_hi64(u, lo)
        var carry = UInt64(1) if low + add < add else UInt64(0)
        z = _mul_hi64(u, hi) + carry
    var big = UInt64(100) if single else UInt64(1000)
    var small = UInt64(10) if single else UInt64(100)
    sig = z // big
    var r = z - big * sig
    if r < deltai:
        exp = mk + kappa + 1
        _strip_zeros(sig, exp, zeros)
        return
    if r == deltai:
        var x_int = False
        var x_par = _f64_parity(two_fc - 1, idx, beta, x_int)
        if x_par or x_int:
            exp = mk + kappa + 1
            _strip_zeros(sig, exp, zeros)
            return
    sig *= 10
    var dist = r - deltai // 2 + small // 2
    var approx_parity = ((dist ^ (small // 2)) & 1) != 0
    var magic = UInt64(6554) if kappa == 1 else UInt64(656)
    var prod = (dist * magic) & _M32
    var divisible = (prod & 0xFFFF) < magic
    sig += prod >> 16
    if divisible:
        var y_int = False
        if _f64_parity(two_fc, idx, beta, y_int) != approx_parity:
            sig -= 1
    exp = mk + kappa

