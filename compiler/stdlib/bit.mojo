# std.bit: bit manipulation on integers (scalar Int and the fixed-width integer types).
# Each function works on the value's bits as an unsigned number of the type's width.


def _bits(x: Int, width: Int) -> UInt64:
    if width == 64:
        return UInt64(x)
    return UInt64(x) & ((UInt64(1) << UInt64(width)) - 1)


def _pop_count(v: UInt64) -> Int:
    var n = 0
    var x = v
    while x != 0:
        x &= x - 1
        n += 1
    return n


def _clz(v: UInt64, width: Int) -> Int:
    var n = 0
    var k = width - 1
    while k >= 0 and ((v >> UInt64(k)) & 1) == 0:
        n += 1
        k -= 1
    return n


def _ctz(v: UInt64, width: Int) -> Int:
    if v == 0:
        return width
    var n = 0
    while ((v >> UInt64(n)) & 1) == 0:
        n += 1
    return n


def _bit_reverse(v: UInt64, width: Int) -> UInt64:
    var r = UInt64(0)
    for k in range(width):
        if ((v >> UInt64(k)) & 1) != 0:
            r |= UInt64(1) << UInt64(width - 1 - k)
    return r


def _byte_swap(v: UInt64, width: Int) -> UInt64:
    var r = UInt64(0)
    for k in range(width // 8):
        var b = (v >> UInt64(8 * k)) & 255
        r |= b << UInt64(width - 8 - 8 * k)
    return r


def _next_pow2(v: UInt64, width: Int) -> UInt64:
    if v <= 1:
        return 1
    var w = 64 - _clz(v - 1, 64)
    if w >= width:
        return 0
    return UInt64(1) << UInt64(w)


def _prev_pow2(v: UInt64, width: Int) -> UInt64:
    if v == 0:
        return 0
    return UInt64(1) << UInt64(63 - _clz(v, 64))


def _rotl(v: UInt64, width: Int, shift: Int) -> UInt64:
    var s = shift % width
    if s < 0:
        s += width
    if s == 0:
        return v
    return _bits(Int(v << UInt64(s)), width) | (v >> UInt64(width - s))


def pop_count(val: Int) -> Int:
    return Int(_pop_count(_bits(Int(val), 64)))


def count_leading_zeros(val: Int) -> Int:
    return Int(_clz(_bits(Int(val), 64), 64))


def count_trailing_zeros(val: Int) -> Int:
    return Int(_ctz(_bits(Int(val), 64), 64))


def bit_width(val: Int) -> Int:
    var v = _bits(Int(val), 64)
    if Int(val) < 0:
        v = _bits(Int(~val), 64)
    return Int(64 - _clz(v, 64))


def bit_reverse(val: Int) -> Int:
    return Int(_bit_reverse(_bits(Int(val), 64), 64))


def byte_swap(val: Int) -> Int:
    return Int(_byte_swap(_bits(Int(val), 64), 64))


def bit_not(val: Int) -> Int:
    return ~val


def next_power_of_two(val: Int) -> Int:
    return Int(_next_pow2(_bits(Int(val), 64), 64))


def prev_power_of_two(val: Int) -> Int:
    return Int(_prev_pow2(_bits(Int(val), 64), 64))


def log2_floor(val: Int) -> Int:
    return Int(64 - 1 - _clz(_bits(Int(val), 64), 64))


def log2_ceil(val: Int) -> Int:
    if Int(val) <= 1:
        return Int(0)
    return Int(64 - _clz(_bits(Int(val) - 1, 64), 64))


def pop_count(val: UInt) -> UInt:
    return UInt(_pop_count(_bits(Int(val), 64)))


def count_leading_zeros(val: UInt) -> UInt:
    return UInt(_clz(_bits(Int(val), 64), 64))


def count_trailing_zeros(val: UInt) -> UInt:
    return UInt(_ctz(_bits(Int(val), 64), 64))


def bit_width(val: UInt) -> UInt:
    var v = _bits(Int(val), 64)
    if False:
        v = _bits(Int(~val), 64)
    return UInt(64 - _clz(v, 64))


def bit_reverse(val: UInt) -> UInt:
    return UInt(Int(_bit_reverse(_bits(Int(val), 64), 64)))


def byte_swap(val: UInt) -> UInt:
    return UInt(Int(_byte_swap(_bits(Int(val), 64), 64)))


def bit_not(val: UInt) -> UInt:
    return ~val


def next_power_of_two(val: UInt) -> UInt:
    return UInt(Int(_next_pow2(_bits(Int(val), 64), 64)))


def prev_power_of_two(val: UInt) -> UInt:
    return UInt(Int(_prev_pow2(_bits(Int(val), 64), 64)))


def log2_floor(val: UInt) -> UInt:
    return UInt(64 - 1 - _clz(_bits(Int(val), 64), 64))


def log2_ceil(val: UInt) -> UInt:
    if Int(val) <= 1:
        return UInt(0)
    return UInt(64 - _clz(_bits(Int(val) - 1, 64), 64))


def pop_count(val: Int64) -> Int64:
    return Int64(_pop_count(_bits(Int(val), 64)))


def count_leading_zeros(val: Int64) -> Int64:
    return Int64(_clz(_bits(Int(val), 64), 64))


def count_trailing_zeros(val: Int64) -> Int64:
    return Int64(_ctz(_bits(Int(val), 64), 64))


def bit_width(val: Int64) -> Int64:
    var v = _bits(Int(val), 64)
    if Int(val) < 0:
        v = _bits(Int(~val), 64)
    return Int64(64 - _clz(v, 64))


def bit_reverse(val: Int64) -> Int64:
    return Int64(Int(_bit_reverse(_bits(Int(val), 64), 64)))


def byte_swap(val: Int64) -> Int64:
    return Int64(Int(_byte_swap(_bits(Int(val), 64), 64)))


def bit_not(val: Int64) -> Int64:
    return ~val


def next_power_of_two(val: Int64) -> Int64:
    return Int64(Int(_next_pow2(_bits(Int(val), 64), 64)))


def prev_power_of_two(val: Int64) -> Int64:
    return Int64(Int(_prev_pow2(_bits(Int(val), 64), 64)))


def log2_floor(val: Int64) -> Int64:
    return Int64(64 - 1 - _clz(_bits(Int(val), 64), 64))


def log2_ceil(val: Int64) -> Int64:
    if Int(val) <= 1:
        return Int64(0)
    return Int64(64 - _clz(_bits(Int(val) - 1, 64), 64))


def pop_count(val: UInt64) -> UInt64:
    return UInt64(_pop_count(_bits(Int(val), 64)))


def count_leading_zeros(val: UInt64) -> UInt64:
    return UInt64(_clz(_bits(Int(val), 64), 64))


def count_trailing_zeros(val: UInt64) -> UInt64:
    return UInt64(_ctz(_bits(Int(val), 64), 64))


def bit_width(val: UInt64) -> UInt64:
    var v = _bits(Int(val), 64)
    if False:
        v = _bits(Int(~val), 64)
    return UInt64(64 - _clz(v, 64))


def bit_reverse(val: UInt64) -> UInt64:
    return UInt64(Int(_bit_reverse(_bits(Int(val), 64), 64)))


def byte_swap(val: UInt64) -> UInt64:
    return UInt64(Int(_byte_swap(_bits(Int(val), 64), 64)))


def bit_not(val: UInt64) -> UInt64:
    return ~val


def next_power_of_two(val: UInt64) -> UInt64:
    return UInt64(Int(_next_pow2(_bits(Int(val), 64), 64)))


def prev_power_of_two(val: UInt64) -> UInt64:
    return UInt64(Int(_prev_pow2(_bits(Int(val), 64), 64)))


def log2_floor(val: UInt64) -> UInt64:
    return UInt64(64 - 1 - _clz(_bits(Int(val), 64), 64))


def log2_ceil(val: UInt64) -> UInt64:
    if Int(val) <= 1:
        return UInt64(0)
    return UInt64(64 - _clz(_bits(Int(val) - 1, 64), 64))


def pop_count(val: Int32) -> Int32:
    return Int32(_pop_count(_bits(Int(val), 32)))


def count_leading_zeros(val: Int32) -> Int32:
    return Int32(_clz(_bits(Int(val), 32), 32))


def count_trailing_zeros(val: Int32) -> Int32:
    return Int32(_ctz(_bits(Int(val), 32), 32))


def bit_width(val: Int32) -> Int32:
    var v = _bits(Int(val), 32)
    if Int(val) < 0:
        v = _bits(Int(~val), 32)
    return Int32(32 - _clz(v, 32))


def bit_reverse(val: Int32) -> Int32:
    return Int32(Int(_bit_reverse(_bits(Int(val), 32), 32)))


def byte_swap(val: Int32) -> Int32:
    return Int32(Int(_byte_swap(_bits(Int(val), 32), 32)))


def bit_not(val: Int32) -> Int32:
    return ~val


def next_power_of_two(val: Int32) -> Int32:
    return Int32(Int(_next_pow2(_bits(Int(val), 32), 32)))


def prev_power_of_two(val: Int32) -> Int32:
    return Int32(Int(_prev_pow2(_bits(Int(val), 32), 32)))


def log2_floor(val: Int32) -> Int32:
    return Int32(32 - 1 - _clz(_bits(Int(val), 32), 32))


def log2_ceil(val: Int32) -> Int32:
    if Int(val) <= 1:
        return Int32(0)
    return Int32(32 - _clz(_bits(Int(val) - 1, 32), 32))


def pop_count(val: UInt32) -> UInt32:
    return UInt32(_pop_count(_bits(Int(val), 32)))


def count_leading_zeros(val: UInt32) -> UInt32:
    return UInt32(_clz(_bits(Int(val), 32), 32))


def count_trailing_zeros(val: UInt32) -> UInt32:
    return UInt32(_ctz(_bits(Int(val), 32), 32))


def bit_width(val: UInt32) -> UInt32:
    var v = _bits(Int(val), 32)
    if False:
        v = _bits(Int(~val), 32)
    return UInt32(32 - _clz(v, 32))


def bit_reverse(val: UInt32) -> UInt32:
    return UInt32(Int(_bit_reverse(_bits(Int(val), 32), 32)))


def byte_swap(val: UInt32) -> UInt32:
    return UInt32(Int(_byte_swap(_bits(Int(val), 32), 32)))


def bit_not(val: UInt32) -> UInt32:
    return ~val


def next_power_of_two(val: UInt32) -> UInt32:
    return UInt32(Int(_next_pow2(_bits(Int(val), 32), 32)))


def prev_power_of_two(val: UInt32) -> UInt32:
    return UInt32(Int(_prev_pow2(_bits(Int(val), 32), 32)))


def log2_floor(val: UInt32) -> UInt32:
    return UInt32(32 - 1 - _clz(_bits(Int(val), 32), 32))


def log2_ceil(val: UInt32) -> UInt32:
    if Int(val) <= 1:
        return UInt32(0)
    return UInt32(32 - _clz(_bits(Int(val) - 1, 32), 32))


def pop_count(val: Int16) -> Int16:
    return Int16(_pop_count(_bits(Int(val), 16)))


def count_leading_zeros(val: Int16) -> Int16:
    return Int16(_clz(_bits(Int(val), 16), 16))


def count_trailing_zeros(val: Int16) -> Int16:
    return Int16(_ctz(_bits(Int(val), 16), 16))


def bit_width(val: Int16) -> Int16:
    var v = _bits(Int(val), 16)
    if Int(val) < 0:
        v = _bits(Int(~val), 16)
    return Int16(16 - _clz(v, 16))


def bit_reverse(val: Int16) -> Int16:
    return Int16(Int(_bit_reverse(_bits(Int(val), 16), 16)))


def byte_swap(val: Int16) -> Int16:
    return Int16(Int(_byte_swap(_bits(Int(val), 16), 16)))


def bit_not(val: Int16) -> Int16:
    return ~val


def next_power_of_two(val: Int16) -> Int16:
    return Int16(Int(_next_pow2(_bits(Int(val), 16), 16)))


def prev_power_of_two(val: Int16) -> Int16:
    return Int16(Int(_prev_pow2(_bits(Int(val), 16), 16)))


def log2_floor(val: Int16) -> Int16:
    return Int16(16 - 1 - _clz(_bits(Int(val), 16), 16))


def log2_ceil(val: Int16) -> Int16:
    if Int(val) <= 1:
        return Int16(0)
    return Int16(16 - _clz(_bits(Int(val) - 1, 16), 16))


def pop_count(val: UInt16) -> UInt16:
    return UInt16(_pop_count(_bits(Int(val), 16)))


def count_leading_zeros(val: UInt16) -> UInt16:
    return UInt16(_clz(_bits(Int(val), 16), 16))


def count_trailing_zeros(val: UInt16) -> UInt16:
    return UInt16(_ctz(_bits(Int(val), 16), 16))


def bit_width(val: UInt16) -> UInt16:
    var v = _bits(Int(val), 16)
    if False:
        v = _bits(Int(~val), 16)
    return UInt16(16 - _clz(v, 16))


def bit_reverse(val: UInt16) -> UInt16:
    return UInt16(Int(_bit_reverse(_bits(Int(val), 16), 16)))


def byte_swap(val: UInt16) -> UInt16:
    return UInt16(Int(_byte_swap(_bits(Int(val), 16), 16)))


def bit_not(val: UInt16) -> UInt16:
    return ~val


def next_power_of_two(val: UInt16) -> UInt16:
    return UInt16(Int(_next_pow2(_bits(Int(val), 16), 16)))


def prev_power_of_two(val: UInt16) -> UInt16:
    return UInt16(Int(_prev_pow2(_bits(Int(val), 16), 16)))


def log2_floor(val: UInt16) -> UInt16:
    return UInt16(16 - 1 - _clz(_bits(Int(val), 16), 16))


def log2_ceil(val: UInt16) -> UInt16:
    if Int(val) <= 1:
        return UInt16(0)
    return UInt16(16 - _clz(_bits(Int(val) - 1, 16), 16))


def pop_count(val: Int8) -> Int8:
    return Int8(_pop_count(_bits(Int(val), 8)))


def count_leading_zeros(val: Int8) -> Int8:
    return Int8(_clz(_bits(Int(val), 8), 8))


def count_trailing_zeros(val: Int8) -> Int8:
    return Int8(_ctz(_bits(Int(val), 8), 8))


def bit_width(val: Int8) -> Int8:
    var v = _bits(Int(val), 8)
    if Int(val) < 0:
        v = _bits(Int(~val), 8)
    return Int8(8 - _clz(v, 8))


def bit_reverse(val: Int8) -> Int8:
    return Int8(Int(_bit_reverse(_bits(Int(val), 8), 8)))


def byte_swap(val: Int8) -> Int8:
    return Int8(Int(_byte_swap(_bits(Int(val), 8), 8)))


def bit_not(val: Int8) -> Int8:
    return ~val


def next_power_of_two(val: Int8) -> Int8:
    return Int8(Int(_next_pow2(_bits(Int(val), 8), 8)))


def prev_power_of_two(val: Int8) -> Int8:
    return Int8(Int(_prev_pow2(_bits(Int(val), 8), 8)))


def log2_floor(val: Int8) -> Int8:
    return Int8(8 - 1 - _clz(_bits(Int(val), 8), 8))


def log2_ceil(val: Int8) -> Int8:
    if Int(val) <= 1:
        return Int8(0)
    return Int8(8 - _clz(_bits(Int(val) - 1, 8), 8))


def pop_count(val: UInt8) -> UInt8:
    return UInt8(_pop_count(_bits(Int(val), 8)))


def count_leading_zeros(val: UInt8) -> UInt8:
    return UInt8(_clz(_bits(Int(val), 8), 8))


def count_trailing_zeros(val: UInt8) -> UInt8:
    return UInt8(_ctz(_bits(Int(val), 8), 8))


def bit_width(val: UInt8) -> UInt8:
    var v = _bits(Int(val), 8)
    if False:
        v = _bits(Int(~val), 8)
    return UInt8(8 - _clz(v, 8))


def bit_reverse(val: UInt8) -> UInt8:
    return UInt8(Int(_bit_reverse(_bits(Int(val), 8), 8)))


def byte_swap(val: UInt8) -> UInt8:
    return UInt8(Int(_byte_swap(_bits(Int(val), 8), 8)))


def bit_not(val: UInt8) -> UInt8:
    return ~val


def next_power_of_two(val: UInt8) -> UInt8:
    return UInt8(Int(_next_pow2(_bits(Int(val), 8), 8)))


def prev_power_of_two(val: UInt8) -> UInt8:
    return UInt8(Int(_prev_pow2(_bits(Int(val), 8), 8)))


def log2_floor(val: UInt8) -> UInt8:
    return UInt8(8 - 1 - _clz(_bits(Int(val), 8), 8))


def log2_ceil(val: UInt8) -> UInt8:
    if Int(val) <= 1:
        return UInt8(0)
    return UInt8(8 - _clz(_bits(Int(val) - 1, 8), 8))


# rotate_bits_left/right[shift](x) of a fixed-width integer scalar (Mojo 1.2 takes any integral SIMD;
# here one lane), over the 64-bit helpers at the value's bit width.
def _int_width[dtype: DType]() -> Int:
    comptime if dtype == DType.int8 or dtype == DType.uint8:
        return 8
    elif dtype == DType.int16 or dtype == DType.uint16:
        return 16
    elif dtype == DType.int32 or dtype == DType.uint32:
        return 32
    else:
        return 64


def rotate_bits_left[dtype: DType, //, shift: Int](x: Scalar[dtype]) -> Scalar[dtype]:
    var w = _int_width[dtype]()
    return Scalar[dtype](Int(_rotl(_bits(Int(x), w), w, shift)))


def rotate_bits_right[dtype: DType, //, shift: Int](x: Scalar[dtype]) -> Scalar[dtype]:
    var w = _int_width[dtype]()
    return Scalar[dtype](Int(_rotl(_bits(Int(x), w), w, -shift)))


def rotate_bits_left[shift: Int](x: Int) -> Int:
    return Int(_rotl(_bits(x, 64), 64, shift))


def rotate_bits_right[shift: Int](x: Int) -> Int:
    return Int(_rotl(_bits(x, 64), 64, -shift))


# SIMD forms: lane by lane with the scalar functions above (a width-1 SIMD is the scalar itself,
# which the scalar overloads take).

def pop_count[dtype: DType, width: Int](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        return pop_count(val)
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = pop_count(val[i])
        return r

def count_leading_zeros[dtype: DType, width: Int](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        return count_leading_zeros(val)
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = count_leading_zeros(val[i])
        return r

def count_trailing_zeros[dtype: DType, width: Int](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        return count_trailing_zeros(val)
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = count_trailing_zeros(val[i])
        return r

def bit_width[dtype: DType, width: Int](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        return bit_width(val)
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = bit_width(val[i])
        return r

def bit_reverse[dtype: DType, width: Int](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        return bit_reverse(val)
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = bit_reverse(val[i])
        return r

def byte_swap[dtype: DType, width: Int](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        return byte_swap(val)
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = byte_swap(val[i])
        return r

def bit_not[dtype: DType, width: Int](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        return bit_not(val)
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = bit_not(val[i])
        return r

def next_power_of_two[dtype: DType, width: Int](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        return next_power_of_two(val)
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = next_power_of_two(val[i])
        return r

def prev_power_of_two[dtype: DType, width: Int](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        return prev_power_of_two(val)
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = prev_power_of_two(val[i])
        return r

def log2_floor[dtype: DType, width: Int](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        return log2_floor(val)
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = log2_floor(val[i])
        return r
