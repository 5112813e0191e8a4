# std.random: the same generator as Mojo 1.2, so seeded sequences print the same numbers.
#
# Mojo 1.2 keeps one process-wide generator: Philox 4x32-10 (Salmon et al., "Parallel random
# numbers: as easy as 1, 2, 3", 2011), a counter-based generator whose 64-bit key is the seed and
# whose 128-bit counter starts at 0. Each counter value gives a block of four 32-bit lanes; the
# functions below take lanes one at a time, a 64-bit draw being two lanes (the first is the high
# half). A fresh process behaves as if seeded with 0.
#
# The state lives in eight 64-bit words that codegen reserves (`__random_state`); all-zero words
# are exactly the unseeded state:
#   0  the key (the seed)             1, 2  the counter (low, high 64 bits)
#   3..6  the lanes of the last block     7  how many of those lanes are still unused

from std.math import cos, floor, log, sqrt  # Mojo's own log, whose last digits are not glibc's

def __random_state() -> __Ptr: ...

comptime _LOW32: UInt64 = 0xFFFFFFFF


def _philox_block(key: UInt64, lo: UInt64, hi: UInt64, s: __Ptr):
    """Runs the ten Philox rounds over the counter (lo, hi) and stores the four lanes in words 3..6."""
    var c0 = lo & _LOW32
    var c1 = lo >> 32
    var c2 = hi & _LOW32
    var c3 = hi >> 32
    var k0 = key & _LOW32
    var k1 = key >> 32
    for r in range(10):
        var p0 = c0 * 0xD2511F53  # 32 x 32 -> 64-bit products: both halves are used
        var p1 = c2 * 0xCD9E8D57
        c0 = (p1 >> 32) ^ c1 ^ k0
        c1 = p1 & _LOW32
        c2 = (p0 >> 32) ^ c3 ^ k1
        c3 = p0 & _LOW32
        k0 = (k0 + 0x9E3779B9) & _LOW32  # the Weyl sequence that bumps the key between rounds
        k1 = (k1 + 0xBB67AE85) & _LOW32
    __store_word(s, 3, Int(c0))
    __store_word(s, 4, Int(c1))
    __store_word(s, 5, Int(c2))
    __store_word(s, 6, Int(c3))


def _next_u32() -> UInt64:
    var s = __random_state()
    var left = __load_word(s, 7)
    if left == 0:
        var lo = UInt64(__load_word(s, 1))
        var hi = UInt64(__load_word(s, 2))
        _philox_block(UInt64(__load_word(s, 0)), lo, hi, s)
        lo += 1  # the counter is one 128-bit number
        if lo == 0:
            hi += 1
        __store_word(s, 1, Int(lo))
        __store_word(s, 2, Int(hi))
        left = 4
    __store_word(s, 7, left - 1)
    return UInt64(__load_word(s, 7 - left))


def _next_u64() -> UInt64:
    var high = _next_u32()
    return (high << 32) | _next_u32()


def _next_unit() -> Float64:
    """A Float64 in [0, 1) from the top 53 bits of a 64-bit draw."""
    return Float64(_next_u64() >> 11) * (1.0 / 9007199254740992.0)


def _draw_below(span: UInt64) -> UInt64:
    """A uniform draw in [0, span), span > 0: draws under 2**64 mod span are rejected so every
    remainder is equally likely."""
    var threshold = (0 - span) % span
    while True:
        var v = _next_u64()
        if v >= threshold:
            return v % span


def seed():
    """Seeds the generator from the clock."""
    seed(__clock_ns())


def seed(a: Int):
    var s = __random_state()
    __store_word(s, 0, a)
    __store_word(s, 1, 0)
    __store_word(s, 2, 0)
    __store_word(s, 7, 0)


def random_float64(min: Float64 = 0.0, max: Float64 = 1.0) -> Float64:
    var unit = _next_unit()
    var width = max - min
    if width != width:
        return min
    if width > 1.7976931348623157e308:  # e.g. -inf..inf: split the product so it cannot overflow
        return min + unit * max - unit * min
    return min + unit * width


def random_si64(min: Int64, max: Int64) -> Int64:
    if min >= max:
        return min
    var span = (UInt64(max) - UInt64(min)) + 1
    if span == 0:  # the whole Int64 range
        return Int64(_next_u64())
    return Int64(UInt64(min) + _draw_below(span))


def random_ui64(min: UInt64, max: UInt64) -> UInt64:
    if min >= max:
        return min
    var span = max - min + 1
    if span == 0:  # the whole UInt64 range
        return _next_u64()
    return min + _draw_below(span)


def randn_float64(mean: Float64 = 0.0, standard_deviation: Float64 = 1.0) -> Float64:
    # Box-Muller, keeping only the cosine half; both uniforms are drawn before u1 is checked.
    var u1 = _next_unit()
    var u2 = _next_unit()
    while u1 <= 0.0:
        u1 = _next_unit()
    var mag = standard_deviation * sqrt(-2.0 * log(u1))
    return mean + mag * cos(6.283185307179586 * u2)


def shuffle[T: Copyable](mut list: List[T]):
    # Fisher-Yates from the back; the last step (i == 0) draws nothing.
    var i = len(list) - 1
    while i >= 0:
        var j = Int(random_ui64(0, UInt64(i)))
        if j != i:
            var tmp = list[i].copy()
            list[i] = list[j].copy()
            list[j] = tmp^
        i -= 1


def randint[dtype: DType](ptr: Pointer[Scalar[dtype]], size: Int, low: Int, high: Int):
    """Fills size elements with integers drawn from [low, high], each as random_si64 (signed
    types) or random_ui64 (unsigned) would give it, then cast to dtype."""
    comptime if dtype.is_signed():
        for i in range(size):
            ptr[i] = random_si64(Int64(low), Int64(high)).cast[dtype]()
    else:
        for i in range(size):
            ptr[i] = random_ui64(UInt64(low), UInt64(high)).cast[dtype]()


def randint[dtype: DType](span: Span[Scalar[dtype]], low: Int, high: Int):
    randint[dtype](span.unsafe_ptr(), len(span), low, high)


def rand[dtype: DType](ptr: Pointer[Scalar[dtype]], size: Int, /, *, min: Float64 = 0.0, max: Float64 = 1.0,
                       int_scale: Optional[Int] = None):
    """Floats: uniform in [min, max), rounded down to a multiple of 2**-int_scale when given.
    Integers: uniform in [min, max] narrowed to what dtype holds."""
    comptime if dtype.is_floating_point():
        var scale = int_scale.or_else(-1)
        if scale >= 0:
            var steps = Float64(1 << scale)
            for i in range(size):
                ptr[i] = (floor(random_float64(min, max) * steps) / steps).cast[dtype]()
        else:
            for i in range(size):
                ptr[i] = random_float64(min, max).cast[dtype]()
    elif dtype.is_signed():
        var lo = Int64(min)
        var hi = Int64(max)
        var tmin = Scalar[dtype].MIN.cast[DType.int64]()
        var tmax = Scalar[dtype].MAX.cast[DType.int64]()
        if lo < tmin:
            lo = tmin
        if hi > tmax:
            hi = tmax
        for i in range(size):
            ptr[i] = random_si64(lo, hi).cast[dtype]()
    else:
        var lo = UInt64(min)
        var hi = UInt64(max)
        var tmax = Scalar[dtype].MAX.cast[DType.uint64]()
        if hi > tmax:
            hi = tmax
        for i in range(size):
            ptr[i] = random_ui64(lo, hi).cast[dtype]()


def rand[dtype: DType](span: Span[Scalar[dtype]], /, *, min: Float64 = 0.0, max: Float64 = 1.0,
                       int_scale: Optional[Int] = None):
    rand[dtype](span.unsafe_ptr(), len(span), min=min, max=max, int_scale=int_scale)


def randn[dtype: DType](ptr: Pointer[Scalar[dtype]], size: Int, mean: Float64 = 0.0,
                        standard_deviation: Float64 = 1.0):
    for i in range(size):
        ptr[i] = randn_float64(mean, standard_deviation).cast[dtype]()


def randn[dtype: DType](span: Span[Scalar[dtype]], mean: Float64 = 0.0, standard_deviation: Float64 = 1.0):
    randn[dtype](span.unsafe_ptr(), len(span), mean, standard_deviation)


struct Random[rounds: Int = 10](Copyable):
    """A Philox 4x32 generator of its own (not the global one): the key is the seed, the 128-bit
    counter starts at subsequence * 2**64 + offset, and each step gives one block of four lanes."""

    var _key: UInt64
    var _lo: UInt64
    var _hi: UInt64

    def __init__(out self, *, seed: UInt64 = 67280421310721, subsequence: UInt64 = 0, offset: UInt64 = 0):
        self._key = seed
        self._lo = offset
        self._hi = subsequence

    def step(mut self) -> SIMD[DType.uint32, 4]:
        var c0 = self._lo & _LOW32
        var c1 = self._lo >> 32
        var c2 = self._hi & _LOW32
        var c3 = self._hi >> 32
        var k0 = self._key & _LOW32
        var k1 = self._key >> 32
        for r in range(Self.rounds):
            var p0 = c0 * 0xD2511F53
            var p1 = c2 * 0xCD9E8D57
            c0 = (p1 >> 32) ^ c1 ^ k0
            c1 = p1 & _LOW32
            c2 = (p0 >> 32) ^ c3 ^ k1
            c3 = p0 & _LOW32
            k0 = (k0 + 0x9E3779B9) & _LOW32
            k1 = (k1 + 0xBB67AE85) & _LOW32
        self._lo += 1
        if self._lo == 0:
            self._hi += 1
        return SIMD[DType.uint32, 4](UInt32(c0), UInt32(c1), UInt32(c2), UInt32(c3))

    def step_uniform(mut self) -> SIMD[DType.float32, 4]:
        """Four floats in [0, 1): the low 31 bits of each lane times the largest scale below 2**-31."""
        return (self.step() & 0x7FFFFFFF).cast[DType.float32]() * Float32(4.6566127342e-10)

    def step_uniform_unbiased(mut self) -> SIMD[DType.float32, 4]:
        """Four floats in (0, 1): (lane + 1/2) / 2**32 in one fused multiply-add."""
        var scale = SIMD[DType.float32, 4](Float32(2.3283064e-10))
        var half = SIMD[DType.float32, 4](Float32(2.3283064e-10) * Float32(0.5))
        return self.step().cast[DType.float32]().fma(scale, half)

