# Mojito's standard library core, written in Mojo and compiled by Mojito itself.
#
# It sits on a handful of intrinsics (the `def __name(...): ...` declarations below), which codegen
# implements with LLVM instructions or libc calls. Everything else here is ordinary Mojo: number
# and string formatting, string operations, parsing. Generic containers (List, Optional, Tuple)
# are laid out by codegen; their printing and string helpers call into this file.
#
# Names starting with `_` are private to the compiler: user code reaches them through builtins
# and methods (`print`, `String(x)`, `s.startswith(...)`).

# ---------------------------------------------------------------- intrinsics
def __malloc(n: Int) -> __Ptr: ...
def __realloc(p: __Ptr, n: Int) -> __Ptr: ...
def __free(p: __Ptr): ...
def __memcpy(dst: __Ptr, src: __Ptr, n: Int): ...
def __memcmp(a: __Ptr, b: __Ptr, n: Int) -> Int: ...
def __load_byte(p: __Ptr, i: Int) -> UInt8: ...
def __store_byte(p: __Ptr, i: Int, v: UInt8): ...
def __str_ptr(s: String) -> __Ptr: ...
def __str_wrap(p: __Ptr, n: Int) -> String: ...
def __write_fd(fd: Int, p: __Ptr, n: Int): ...
def __format_e(buf: __Ptr, prec: Int, x: Float64) -> Int: ...
def __strtod(p: __Ptr, n: Int) -> Float64: ...
def __strtod_len(p: __Ptr, n: Int) -> Int: ...
def __f32_round(x: Float64) -> Float64: ...
def __exit(code: Int): ...


# ---------------------------------------------------------------- the Writer behind print/String
struct _Buffer:
    var data: __Ptr
    var len: Int
    var cap: Int

    def __init__(out self):
        self.data = __malloc(64)
        self.len = 0
        self.cap = 64


def _buf_reserve(mut b: _Buffer, extra: Int):
    var need = b.len + extra
    if need <= b.cap:
        return
    var cap = b.cap * 2
    while cap < need:
        cap *= 2
    b.data = __realloc(b.data, cap)
    b.cap = cap


def _buf_byte(mut b: _Buffer, c: UInt8):
    _buf_reserve(b, 1)
    __store_byte(b.data, b.len, c)
    b.len += 1


def _write_str(mut b: _Buffer, s: String):
    var n = s.byte_length()
    _buf_reserve(b, n)
    __memcpy(__ptr_add(b.data, b.len), __str_ptr(s), n)
    b.len += n


def __ptr_add(p: __Ptr, i: Int) -> __Ptr: ...


def _buf_flush(mut b: _Buffer, fd: Int):
    __write_fd(fd, b.data, b.len)
    __free(b.data)


def _buf_take(mut b: _Buffer) -> String:
    # The buffer's bytes become the String (no copy); the buffer must not be used afterwards.
    return __str_wrap(b.data, b.len)


def _write_uint(mut b: _Buffer, x: UInt64):
    if x == 0:
        _buf_byte(b, 48)
        return
    var tmp = __malloc(24)
    var n = 0
    var v = x
    while v > 0:
        __store_byte(tmp, n, UInt8(v % 10) + 48)
        v = v // 10
        n += 1
    _buf_reserve(b, n)
    while n > 0:
        n -= 1
        _buf_byte(b, __load_byte(tmp, n))
    __free(tmp)


def _write_int(mut b: _Buffer, x: Int):
    if x < 0:
        _buf_byte(b, 45)
        _write_uint(b, UInt64(0) - UInt64(x))
    else:
        _write_uint(b, UInt64(x))


def _write_bool(mut b: _Buffer, x: Bool):
    if x:
        _write_str(b, "True")
    else:
        _write_str(b, "False")


def _write_float(mut b: _Buffer, x: Float64, single: Bool):
    # The digits come from Mojo's shortest-digits algorithm (builtin.format_float.mojo); the
    # layout is Python's repr: scientific below 1e-4 and from 1e16 up.
    if x != x:
        _write_str(b, "nan")
        return
    if x > 1.7976931348623157e308:
        _write_str(b, "inf")
        return
    if x < -1.7976931348623157e308:
        _write_str(b, "-inf")
        return
    if x == 0.0:
        if 1.0 / x < 0.0:
            _write_str(b, "-0.0")
        else:
            _write_str(b, "0.0")
        return
    if x < 0.0:
        _buf_byte(b, 45)
    var sig = UInt64(0)
    var e10 = 0
    _float_decimal(x, single, sig, e10)
    var digits = __malloc(24)
    var nd = 0
    while sig > 0:
        __store_byte(digits, nd, UInt8(sig % 10) + 48)
        sig = sig // 10
        nd += 1
    # Reverse into reading order.
    for k in range(nd // 2):
        var t = __load_byte(digits, k)
        __store_byte(digits, k, __load_byte(digits, nd - 1 - k))
        __store_byte(digits, nd - 1 - k, t)
    var exp = e10 + nd - 1
    if exp < -4 or exp >= 16:
        _buf_byte(b, __load_byte(digits, 0))
        if nd > 1:
            _buf_byte(b, 46)
            for k in range(1, nd):
                _buf_byte(b, __load_byte(digits, k))
        _buf_byte(b, 101)
        if exp < 0:
            _buf_byte(b, 45)
            exp = -exp
        else:
            _buf_byte(b, 43)
        if exp < 10:
            _buf_byte(b, 48)
        _write_int(b, exp)
    elif exp < 0:
        _write_str(b, "0.")
        for _ in range(-exp - 1):
            _buf_byte(b, 48)
        for k in range(nd):
            _buf_byte(b, __load_byte(digits, k))
    else:
        for k in range(exp + 1):
            if k < nd:
                _buf_byte(b, __load_byte(digits, k))
            else:
                _buf_byte(b, 48)
        _buf_byte(b, 46)
        if nd > exp + 1:
            for k in range(exp + 1, nd):
                _buf_byte(b, __load_byte(digits, k))
        else:
            _buf_byte(b, 48)
    __free(digits)


def _write_f64(mut b: _Buffer, x: Float64):
    _write_float(b, x, False)


def _write_f32(mut b: _Buffer, x: Float64):
    _write_float(b, x, True)


# ---------------------------------------------------------------- errors
def _abort_index(loc: String, index: Int, length: Int, fd: Int):
    var b = _Buffer()
    _write_str(b, "At: ")
    _write_str(b, loc)
    _write_str(b, ": Assert Error: index ")
    _write_int(b, index)
    _write_str(b, " is out of bounds, valid range is 0 to ")
    _write_int(b, length - 1)
    _write_str(b, "\n")
    _buf_flush(b, fd)
    __exit(1)


def _abort_to(msg: String, fd: Int):
    # A run-time assertion of the library (Optional.value() on an empty Optional): Mojo writes
    # it to stdout and exits with 1; a notebook cell reports it as its error (fd 2).
    var b = _Buffer()
    _write_str(b, msg)
    _write_str(b, "\n")
    _buf_flush(b, fd)
    __exit(1)


def _abort_msg(msg: String):
    var b = _Buffer()
    _write_str(b, msg)
    _write_str(b, "\n")
    _buf_flush(b, 2)
    __exit(1)


def _unhandled(msg: String):
    var b = _Buffer()
    _write_str(b, "Unhandled exception caught during execution: ")
    _write_str(b, msg)
    _write_str(b, "\n")
    _buf_flush(b, 2)


# ---------------------------------------------------------------- strings
def _str_concat(a: String, b: String) -> String:
    var na = a.byte_length()
    var nb = b.byte_length()
    var p = __malloc(na + nb + 1)
    __memcpy(p, __str_ptr(a), na)
    __memcpy(__ptr_add(p, na), __str_ptr(b), nb)
    return __str_wrap(p, na + nb)


def _str_cmp(a: String, b: String) -> Int:
    var na = a.byte_length()
    var nb = b.byte_length()
    var n = na if na < nb else nb
    var c = __memcmp(__str_ptr(a), __str_ptr(b), n)
    if c != 0:
        return c
    return na - nb


def _str_eq(a: String, b: String) -> Bool:
    var n = a.byte_length()
    if n != b.byte_length():
        return False
    return __memcmp(__str_ptr(a), __str_ptr(b), n) == 0


def _str_repeat(s: String, times: Int) -> String:
    var n = s.byte_length()
    if times <= 0 or n == 0:
        return ""
    var p = __malloc(n * times + 1)
    for k in range(times):
        __memcpy(__ptr_add(p, k * n), __str_ptr(s), n)
    return __str_wrap(p, n * times)


def _str_slice(s: String, start: Int, stop: Int) -> String:
    var n = s.byte_length()
    var a = start
    var z = stop
    if a < 0:
        a += n
    if z < 0:
        z += n
    if a < 0:
        a = 0
    if z > n:
        z = n
    if z <= a:
        return ""
    var p = __malloc(z - a + 1)
    __memcpy(p, __ptr_add(__str_ptr(s), a), z - a)
    return __str_wrap(p, z - a)


def _str_find(s: String, sub: String) -> Int:
    var n = s.byte_length()
    var m = sub.byte_length()
    var i = 0  # s.find(sub, start): collections.string.mojo
    while i + m <= n:
        if __memcmp(__ptr_add(__str_ptr(s), i), __str_ptr(sub), m) == 0:
            return i
        i += 1
    return -1


def _str_rfind(s: String, sub: String) -> Int:
    var n = s.byte_length()
    var m = sub.byte_length()
    var i = n - m
    while i >= 0:
        if __memcmp(__ptr_add(__str_ptr(s), i), __str_ptr(sub), m) == 0:
            return i
        i -= 1
    return -1


def _str_contains(s: String, sub: String) -> Bool:
    return _str_find(s, sub) >= 0


def _str_count(s: String, sub: String) -> Int:
    var m = sub.byte_length()
    if m == 0:
        return s.byte_length() + 1
    var count = 0
    var i = 0
    var n = s.byte_length()
    while i + m <= n:
        if __memcmp(__ptr_add(__str_ptr(s), i), __str_ptr(sub), m) == 0:
            count += 1
            i += m
        else:
            i += 1
    return count


def _str_startswith(s: String, prefix: String) -> Bool:
    var m = prefix.byte_length()
    if m > s.byte_length():
        return False
    return __memcmp(__str_ptr(s), __str_ptr(prefix), m) == 0


def _str_endswith(s: String, suffix: String) -> Bool:
    var n = s.byte_length()
    var m = suffix.byte_length()
    if m > n:
        return False
    return __memcmp(__ptr_add(__str_ptr(s), n - m), __str_ptr(suffix), m) == 0


def _str_map_case(s: String, upper: Bool) -> String:
    var n = s.byte_length()
    for i in range(n):
        if __load_byte(__str_ptr(s), i) >= 128:
            return _unicode_map_case(s, upper)  # collections.string.mojo
    var p = __malloc(n + 1)
    for i in range(n):
        var c = __load_byte(__str_ptr(s), i)
        if upper and c >= 97 and c <= 122:
            c -= 32
        elif not upper and c >= 65 and c <= 90:
            c += 32
        __store_byte(p, i, c)
    return __str_wrap(p, n)


def _str_upper(s: String) -> String:
    return _str_map_case(s, True)


def _str_lower(s: String) -> String:
    return _str_map_case(s, False)


def _is_space(c: UInt8) -> Bool:
    return c == 32 or c == 9 or c == 10 or c == 13 or c == 11 or c == 12


def _strippable(c: UInt8, chars: String) -> Bool:
    # An empty `chars` means whitespace, as in Python.
    if chars.byte_length() == 0:
        return _is_space(c)
    for i in range(chars.byte_length()):
        if __load_byte(__str_ptr(chars), i) == c:
            return True
    return False


def _str_strip_sides(s: String, left: Bool, right: Bool, chars: String) -> String:
    var a = 0
    var z = s.byte_length()
    if left:
        while a < z and _strippable(__load_byte(__str_ptr(s), a), chars):
            a += 1
    if right:
        while z > a and _strippable(__load_byte(__str_ptr(s), z - 1), chars):
            z -= 1
    return _str_slice(s, a, z)


def _str_strip(s: String, chars: String = "") -> String:
    return _str_strip_sides(s, True, True, chars)


def _str_lstrip(s: String, chars: String = "") -> String:
    return _str_strip_sides(s, True, False, chars)


def _str_rstrip(s: String, chars: String = "") -> String:
    return _str_strip_sides(s, False, True, chars)


def _str_replace(s: String, old: String, new: String) -> String:
    var m = old.byte_length()
    if m == 0:
        return _str_replace_empty(s, new)
    var b = _Buffer()
    var i = 0
    var n = s.byte_length()
    while i < n:
        if i + m <= n and __memcmp(__ptr_add(__str_ptr(s), i), __str_ptr(old), m) == 0:
            _write_str(b, new)
            i += m
        else:
            _buf_byte(b, __load_byte(__str_ptr(s), i))
            i += 1
    return _buf_take(b)


def _str_isdigit(s: String) -> Bool:
    var n = s.byte_length()
    if n == 0:
        return False
    for i in range(n):
        var c = __load_byte(__str_ptr(s), i)
        if c < 48 or c > 57:
            return False
    return True


def _str_split(s: String) -> List[String]:
    # No separator: split on runs of whitespace and drop empty pieces, as Python does.
    var out = List[String]()
    var n = s.byte_length()
    var i = 0
    while i < n:
        while i < n and _is_space(__load_byte(__str_ptr(s), i)):
            i += 1
        var start = i
        while i < n and not _is_space(__load_byte(__str_ptr(s), i)):
            i += 1
        if i > start:
            out.append(_str_slice(s, start, i))
    return out^


def _str_join(sep: String, parts: List[String]) -> String:
    var b = _Buffer()
    for i in range(len(parts)):
        if i > 0:
            _write_str(b, sep)
        _write_str(b, parts[i])
    return _buf_take(b)


def _utf8_width(s: String, i: Int) -> Int:
    var c = __load_byte(__str_ptr(s), i)
    if c < 128:
        return 1
    if c < 224:
        return 2
    if c < 240:
        return 3
    return 4


def _utf8_decode(s: String, i: Int) -> Int:
    var p = __str_ptr(s)
    var c = Int(__load_byte(p, i))
    var w = _utf8_width(s, i)
    if w == 1:
        return c
    var cp = c & (0x3F >> (w - 1))
    for k in range(1, w):
        cp = (cp << 6) | (Int(__load_byte(p, i + k)) & 0x3F)
    return cp


def _ord(s: String) -> Int:
    return _utf8_decode(s, 0)


def _chr(c: Int) -> String:
    var b = _Buffer()
    if c < 0x80:
        _buf_byte(b, UInt8(c))
    elif c < 0x800:
        _buf_byte(b, UInt8(0xC0 | (c >> 6)))
        _buf_byte(b, UInt8(0x80 | (c & 0x3F)))
    elif c < 0x10000:
        _buf_byte(b, UInt8(0xE0 | (c >> 12)))
        _buf_byte(b, UInt8(0x80 | ((c >> 6) & 0x3F)))
        _buf_byte(b, UInt8(0x80 | (c & 0x3F)))
    else:
        _buf_byte(b, UInt8(0xF0 | (c >> 18)))
        _buf_byte(b, UInt8(0x80 | ((c >> 12) & 0x3F)))
        _buf_byte(b, UInt8(0x80 | ((c >> 6) & 0x3F)))
        _buf_byte(b, UInt8(0x80 | (c & 0x3F)))
    return _buf_take(b)


def _str_byte(s: String, i: Int) -> String:
    return _str_slice(s, i, i + 1)


def _str_byte_checked(s: String, i: Int, loc: String, fd: Int) -> String:
    # `s[byte=i]`: Mojo asserts 0 <= i < byte_length (a negative constant is a compile error).
    if i < 0 or i >= s.byte_length():
        _abort_index(loc, i, s.byte_length(), fd)
    return _str_slice(s, i, i + 1)


def _str_slice_checked(s: String, start: Int, stop: Int, loc: String, fd: Int) -> String:
    # `s[byte=a:b]` is a ContiguousSlice: no negative bounds and no clamping, as Mojo asserts.
    var n = s.byte_length()
    if start < 0 or start > n:
        _abort_to("At: " + loc + ": Assert Error: slice start index " + String(start)
                  + " is out of bounds, valid range is 0 to " + String(n), fd)
    if stop < 0 or stop > n:
        _abort_to("At: " + loc + ": Assert Error: slice end index " + String(stop)
                  + " is out of bounds, valid range is 0 to " + String(n), fd)
    if start > stop:
        _abort_to("At: " + loc + ": Assert Error: slice start index " + String(start)
                  + " is greater than slice end index " + String(stop), fd)
    return _str_slice(s, start, stop)


# ---------------------------------------------------------------- parsing
def _atol_error(s: String, base: Int) -> Error:
    return Error("String is not convertible to integer with base " + String(base) + ": '" + s + "'")


def _atol(s: String, base: Int) raises -> Int:
    # Mojo's atol: spaces around, one sign, then digits of `base` with single underscores between
    # them (after a 0x/0o/0b prefix also before them); base 0 reads the prefix, else decimal without
    # leading zeros. The value accumulates negatively so that -2**63 fits.
    if base != 0 and (base < 2 or base > 36):
        raise Error("Base must be >= 2 and <= 36, or 0.")
    var n = s.byte_length()
    var p = __str_ptr(s)
    if n == 0:
        raise _atol_error(s, base)
    var i = 0
    while i < n and _is_space(__load_byte(p, i)):
        i += 1
    var neg = False
    if i < n and (__load_byte(p, i) == 45 or __load_byte(p, i) == 43):
        neg = __load_byte(p, i) == 45
        i += 1
    var b = base
    var prefixed = False
    if base == 0:
        if i >= n:
            raise _atol_error(s, base)
        b = 10
        var c0 = __load_byte(p, i)
        if i + 1 < n and c0 == 48:
            var c1 = __load_byte(p, i + 1) | 32
            if c1 == 98:
                b = 2
            elif c1 == 111:
                b = 8
            elif c1 == 120:
                b = 16
            else:
                # only zeros (single underscores between) may follow a leading 0
                var under = False
                for k in range(i + 1, n):
                    var ck = __load_byte(p, k)
                    if ck == 95:
                        if under:
                            raise _atol_error(s, base)
                        under = True
                        continue
                    under = False
                    if ck != 48:
                        raise _atol_error(s, base)
            if b != 10:
                i += 2
                prefixed = True
        elif c0 < 48 or c0 > 57:
            raise _atol_error(s, base)
    elif i + 1 < n and __load_byte(p, i) == 48:
        var c1 = __load_byte(p, i + 1) | 32
        if (base == 2 and c1 == 98) or (base == 8 and c1 == 111) or (base == 16 and c1 == 120):
            i += 2
            prefixed = True
    var min_int = -9223372036854775807 - 1
    var acc = 0
    var digits = False
    var under = not prefixed
    while i < n:
        var c = __load_byte(p, i)
        if c == 95:
            if under:
                raise _atol_error(s, base)
            under = True
            i += 1
            continue
        under = False
        var d = 99
        if c >= 48 and c <= 57:
            d = Int(c) - 48
        elif c >= 97 and c <= 122:
            d = Int(c) - 87
        elif c >= 65 and c <= 90:
            d = Int(c) - 55
        elif _is_space(c):
            break
        if d >= b:
            raise _atol_error(s, base)
        if acc < (min_int + d + b - 1) // b:
            raise Error("String is not convertible to integer with base " + String(base) + ": '" + s +
                        "' String expresses an integer too large to store in Int.")
        acc = acc * b - d
        digits = True
        i += 1
    if under or not digits:
        raise _atol_error(s, base)
    while i < n:
        if not _is_space(__load_byte(p, i)):
            raise _atol_error(s, base)
        i += 1
    if neg:
        return acc
    if acc == min_int:
        raise Error("String is not convertible to integer with base " + String(base) + ": '" + s +
                    "' String expresses an integer too large to store in Int.")
    return -acc


def _parse_int(s: String) raises -> Int:
    return _atol(s, 10)


def _float_error(s: String, detail: String) -> Error:
    if detail.byte_length() == 0:
        return Error("String is not convertible to float: '" + s + "'")
    return Error("String is not convertible to float: '" + s + "'. " + detail)


def _is_digit_or_dot(c: UInt8) -> Bool:
    return (c >= 48 and c <= 57) or c == 46


def _parse_float(s: String) raises -> Float64:
    # Mojo's atof: spaces around and one sign, then nan/inf/infinity (any case) or digits with at
    # most one dot and an optional exponent; its messages name the text without spaces and sign.
    var n = s.byte_length()
    var p = __str_ptr(s)
    if n == 0:
        raise _float_error(s, "")
    var i = 0
    while i < n and _is_space(__load_byte(p, i)):
        i += 1
    var z = n
    while z > i and _is_space(__load_byte(p, z - 1)):
        z -= 1
    var neg = False
    if i < z and (__load_byte(p, i) == 45 or __load_byte(p, i) == 43):
        neg = __load_byte(p, i) == 45
        i += 1
    var t = _str_slice(s, i, z)
    var low = _str_lower(t)
    if low == "nan":
        return __strtod(__str_ptr("nan"), 3)
    if low == "inf" or low == "infinity":
        var v = __strtod(__str_ptr("inf"), 3)
        return -v if neg else v
    if i >= z or not _is_digit_or_dot(__load_byte(p, i)):
        raise _float_error(s, "The first character of '" + t + "' should be a digit or dot to convert it to a float.")
    if not _is_digit_or_dot(__load_byte(p, z - 1)):
        raise _float_error(s, "The last character of '" + t + "' should be a digit or dot to convert it to a float.")
    var k = i
    var digits = 0
    var dots = 0
    while k < z and __load_byte(p, k) != 101 and __load_byte(p, k) != 69:
        var c = __load_byte(p, k)
        if c == 46:
            dots += 1
        elif c >= 48 and c <= 57:
            digits += 1
        else:
            dots = 2
        k += 1
    var bad = dots > 1
    if k < z:
        bad = bad or digits == 0
        k += 1
        if k < z and (__load_byte(p, k) == 45 or __load_byte(p, k) == 43):
            k += 1
        if k >= z:
            bad = True
        while k < z:
            var c = __load_byte(p, k)
            if c < 48 or c > 57:
                bad = True
            k += 1
    if bad:
        raise _float_error(s, "Invalid character(s) in the number: '" + t + "'")
    if digits == 0:
        raise _float_error(s, "")
    var v = __strtod(__str_ptr(t), t.byte_length())
    return -v if neg else v


def atol(s: String) raises -> Int:
    """Parses a base-10 integer; raises on anything else."""
    return _parse_int(s)


def atof(s: String) raises -> Float64:
    return _parse_float(s)


# ---------------------------------------------------------------- iteration
struct StopIteration(ImplicitlyCopyable, Copyable, Movable, Writable):
    """Raised by an iterator's `__next__` when it has no more values; ends a `for` loop."""

    def __init__(out self):
        pass

    def write_to(self, mut writer: Some[Writer]):
        writer.write("StopIteration")
