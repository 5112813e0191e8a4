# std.collections.string: String's methods, written in Mojo.
#
# String is laid out by codegen ({ptr, len}, immutable bytes shared by copies). A method call
# `s.NAME(args)` on a String is checked as a call of the function `_str_NAME(s, args)` defined in the
# standard library (this file and builtin.mojo), so adding a String method is writing one function
# here. Methods that Mojo returns as StringSlice return a String here: they print the same.


def _byte(s: String, i: Int) -> UInt8:
    return __load_byte(__str_ptr(s), i)


def _matches_at(s: String, i: Int, sub: String) -> Bool:
    var m = sub.byte_length()
    if i < 0 or i + m > s.byte_length():
        return False
    return __memcmp(__ptr_add(__str_ptr(s), i), __str_ptr(sub), m) == 0


# ---------------------------------------------------------------- splitting
def _str_split(s: String, sep: String, maxsplit: Int = -1) -> List[String]:
    var out = List[String]()
    var m = sep.byte_length()
    var n = s.byte_length()
    if n == 0 and m == 0:
        return out^
    if m == 0:
        # Mojo splits an empty separator into codepoints.
        return _str_codepoint_slices(s)
    var start = 0
    var i = 0
    var splits = 0
    while i + m <= n and (maxsplit < 0 or splits < maxsplit):
        if _matches_at(s, i, sep):
            out.append(_str_slice(s, start, i))
            i += m
            start = i
            splits += 1
        else:
            i += 1
    out.append(_str_slice(s, start, n))
    return out^


def _str_split(s: String, *, maxsplit: Int) -> List[String]:
    var out = List[String]()
    var n = s.byte_length()
    var i = 0
    while i < n:
        while i < n and _is_space(_byte(s, i)):
            i += 1
        if i >= n:
            break
        if maxsplit >= 0 and len(out) >= maxsplit:
            out.append(_str_slice(s, i, n))  # the rest keeps its trailing whitespace, as in Mojo
            break
        var start = i
        while i < n and not _is_space(_byte(s, i)):
            i += 1
        out.append(_str_slice(s, start, i))
    return out^


def _str_min2(a: String, b: String) -> String:
    return b if b < a else a


def _str_max2(a: String, b: String) -> String:
    return b if b > a else a


def _str_rsplit(s: String, sep: String, maxsplit: Int = -1) -> List[String]:
    var rev = List[String]()
    var m = sep.byte_length()
    var end = s.byte_length()
    var i = end - m
    var splits = 0
    while i >= 0 and (maxsplit < 0 or splits < maxsplit):
        if _matches_at(s, i, sep):
            rev.append(_str_slice(s, i + m, end))
            end = i
            i -= m
            splits += 1
        else:
            i -= 1
    rev.append(_str_slice(s, 0, end))
    var out = List[String]()
    var k = len(rev) - 1
    while k >= 0:
        out.append(rev[k])
        k -= 1
    return out^


def _line_break_len(s: String, i: Int) -> Int:
    # The length in bytes of the line break starting at byte i, or 0 (Python's str.splitlines set).
    var c = _byte(s, i)
    var n = s.byte_length()
    if c == 13:
        if i + 1 < n and _byte(s, i + 1) == 10:
            return 2
        return 1
    if c == 10 or c == 11 or c == 12 or c == 28 or c == 29 or c == 30:
        return 1
    if c == 0xC2 and i + 1 < n and _byte(s, i + 1) == 0x85:
        return 2
    if c == 0xE2 and i + 2 < n and _byte(s, i + 1) == 0x80 and (_byte(s, i + 2) == 0xA8 or _byte(s, i + 2) == 0xA9):
        return 3
    return 0


def _str_splitlines(s: String, keepends: Bool = False) -> List[String]:
    var out = List[String]()
    var n = s.byte_length()
    var start = 0
    var i = 0
    while i < n:
        var w = _line_break_len(s, i)
        if w > 0:
            if keepends:
                out.append(_str_slice(s, start, i + w))
            else:
                out.append(_str_slice(s, start, i))
            i += w
            start = i
        else:
            i += 1
    if start < n:
        out.append(_str_slice(s, start, n))
    return out^


def _str_partition(s: String, sep: String) -> Tuple[String, String, String]:
    var i = _str_find(s, sep)
    if i < 0:
        return (s, String(""), String(""))
    return (_str_slice(s, 0, i), sep, _str_slice(s, i + sep.byte_length(), s.byte_length()))


# ---------------------------------------------------------------- searching
def _str_rfind(s: String, sub: String, start: Int) -> Int:
    var n = s.byte_length()
    var a = start
    if a < 0:
        a += n
        if a < 0:
            a = 0
    var i = n - sub.byte_length()
    while i >= a:
        if _matches_at(s, i, sub):
            return i
        i -= 1
    return -1


def _clip_range(n: Int, start: Int, end: Int) -> Tuple[Int, Int]:
    var a = start
    var z = end
    if z == -1:
        z = n
    if a < 0:
        a += n
    if z < 0:
        z += n
    if a < 0:
        a = 0
    if z > n:
        z = n
    return (a, z)


def _str_startswith(s: String, prefix: String, start: Int, end: Int = -1) -> Bool:
    var r = _clip_range(s.byte_length(), start, end)
    var a = r[0]
    var z = r[1]
    if a + prefix.byte_length() > z:
        return False
    return _matches_at(s, a, prefix)


def _str_endswith(s: String, suffix: String, start: Int, end: Int = -1) -> Bool:
    var r = _clip_range(s.byte_length(), start, end)
    var a = r[0]
    var z = r[1]
    var m = suffix.byte_length()
    if z - m < a:
        return False
    return _matches_at(s, z - m, suffix)


def _str_removeprefix(s: String, prefix: String) -> String:
    if _str_startswith(s, prefix):
        return _str_slice(s, prefix.byte_length(), s.byte_length())
    return s


def _str_removesuffix(s: String, suffix: String) -> String:
    if suffix.byte_length() > 0 and _str_endswith(s, suffix):
        return _str_slice(s, 0, s.byte_length() - suffix.byte_length())
    return s


# ---------------------------------------------------------------- predicates
def _str_is_ascii_digit(s: String) -> Bool:
    return _str_isdigit(s)


def _str_is_ascii_printable(s: String) -> Bool:
    for i in range(s.byte_length()):
        var c = _byte(s, i)
        if c < 32 or c > 126:
            return False
    return True


def _str_is_ascii_whitespace(s: String) -> Bool:
    var n = s.byte_length()
    if n == 0:
        return False
    for i in range(n):
        if not _is_space(_byte(s, i)):
            return False
    return True


def _str_isspace(s: String) -> Bool:
    return _str_is_ascii_whitespace(s)


def _str_isupper(s: String) -> Bool:
    var cased = False
    for i in range(s.byte_length()):
        var c = _byte(s, i)
        if c >= 97 and c <= 122:
            return False
        if c >= 65 and c <= 90:
            cased = True
    return cased


def _str_islower(s: String) -> Bool:
    var cased = False
    for i in range(s.byte_length()):
        var c = _byte(s, i)
        if c >= 65 and c <= 90:
            return False
        if c >= 97 and c <= 122:
            cased = True
    return cased


def _str_isalpha(s: String) -> Bool:
    var n = s.byte_length()
    if n == 0:
        return False
    for i in range(n):
        var c = _byte(s, i)
        if not ((c >= 65 and c <= 90) or (c >= 97 and c <= 122)):
            return False
    return True


def _str_isalnum(s: String) -> Bool:
    var n = s.byte_length()
    if n == 0:
        return False
    for i in range(n):
        var c = _byte(s, i)
        if not ((c >= 65 and c <= 90) or (c >= 97 and c <= 122) or (c >= 48 and c <= 57)):
            return False
    return True


def _str___bool__(s: String) -> Bool:
    return s.byte_length() > 0


# ---------------------------------------------------------------- codepoints
def _str_count_codepoints(s: String) -> Int:
    var count = 0
    for i in range(s.byte_length()):
        if (_byte(s, i) & 0xC0) != 0x80:
            count += 1
    return count


def _str_codepoint_slices(s: String) -> List[String]:
    var out = List[String]()
    var n = s.byte_length()
    var i = 0
    while i < n:
        var w = _utf8_width(s, i)
        out.append(_str_slice(s, i, i + w))
        i += w
    return out^


def _str_codepoint_slices_reversed(s: String) -> List[String]:
    var fwd = _str_codepoint_slices(s)
    var out = List[String]()
    var k = len(fwd) - 1
    while k >= 0:
        out.append(fwd[k])
        k -= 1
    return out^


def _codepoint_offset(s: String, index: Int) -> Int:
    # The byte offset of codepoint number `index` (the byte length when it is past the end).
    var n = s.byte_length()
    var i = 0
    var k = 0
    while i < n and k < index:
        i += _utf8_width(s, i)
        k += 1
    return i


def _str_codepoint_at(s: String, index: Int) -> String:
    var a = _codepoint_offset(s, index)
    if a >= s.byte_length():
        return ""
    return _str_slice(s, a, a + _utf8_width(s, a))


def _str_codepoint_range(s: String, start: Int, stop: Int) -> String:
    var n = _str_count_codepoints(s)
    var a = start
    var z = stop
    if a == -9223372036854775808:
        a = 0
    if z == -9223372036854775808:
        z = n
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
    return _str_slice(s, _codepoint_offset(s, a), _codepoint_offset(s, z))


def _str_byte_range(s: String, start: Int, stop: Int) -> String:
    var a = start
    var z = stop
    if a == -9223372036854775808:
        a = 0
    if z == -9223372036854775808:
        z = s.byte_length()
    return _str_slice(s, a, z)


# ---------------------------------------------------------------- building
def _str_ascii_ljust(s: String, width: Int, fillchar: String = " ") -> String:
    var pad = width - s.byte_length()
    if pad <= 0:
        return s
    return s + _str_repeat(fillchar, pad)


def _str_ascii_rjust(s: String, width: Int, fillchar: String = " ") -> String:
    var pad = width - s.byte_length()
    if pad <= 0:
        return s
    return _str_repeat(fillchar, pad) + s


def _str_ascii_center(s: String, width: Int, fillchar: String = " ") -> String:
    var pad = width - s.byte_length()
    if pad <= 0:
        return s
    var left = pad // 2
    return _str_repeat(fillchar, left) + s + _str_repeat(fillchar, pad - left)


def _str_ljust(s: String, width: Int, fillchar: String = " ") -> String:
    return _str_ascii_ljust(s, width, fillchar)


def _str_rjust(s: String, width: Int, fillchar: String = " ") -> String:
    return _str_ascii_rjust(s, width, fillchar)


def _str_center(s: String, width: Int, fillchar: String = " ") -> String:
    return _str_ascii_center(s, width, fillchar)


def _str_copy(s: String) -> String:
    return s


def _str_get_immutable(s: String) -> String:
    return s


def _str_as_imm(s: String) -> String:
    return s


def _str_is_codepoint_boundary(s: String, index: Int) -> Bool:
    # The end counts; past it, or on a UTF-8 continuation byte, is not a boundary.
    if index >= s.byte_length():
        return index == s.byte_length()
    return (_byte(s, index) & 0xC0) != 0x80


def _str_isnewline(s: String) -> Bool:
    # Every codepoint is a line break (\n \v \f \r, \x1c-\x1e, U+0085, U+2028, U+2029); "" is not.
    if s.byte_length() == 0:
        return False
    for cp in s.codepoints():
        var c = Int(cp.to_u32())
        if not ((c >= 10 and c <= 13) or (c >= 28 and c <= 30) or c == 0x85 or c == 0x2028 or c == 0x2029):
            return False
    return True


def _str_as_string_slice(s: String) -> String:
    return s


def _str_capitalize(s: String) -> String:
    if s.byte_length() == 0:
        return s
    return _str_upper(_str_slice(s, 0, 1)) + _str_lower(_str_slice(s, 1, s.byte_length()))


def _str_zfill(s: String, width: Int) -> String:
    var pad = width - s.byte_length()
    if pad <= 0:
        return s
    if s.byte_length() > 0 and (_byte(s, 0) == 45 or _byte(s, 0) == 43):
        return _str_slice(s, 0, 1) + _str_repeat("0", pad) + _str_slice(s, 1, s.byte_length())
    return _str_repeat("0", pad) + s


def _str_join_strings(sep: String, parts: List[String]) -> String:
    var b = _Buffer()
    for i in range(len(parts)):
        if i > 0:
            _write_str(b, sep)
        _write_str(b, parts[i])
    return _buf_take(b)


def _str_format_known(fmt: String, args: List[String], reprs: List[String]) -> String:
    # A literal format string the checker validated (builtins._format_problem): it cannot fail.
    try:
        return _str_format(fmt, args, reprs)
    except e:
        return String("")


def _format_index(field: String) -> Int:
    # A field's argument number as Mojo reads it (atol: spaces and a sign allowed), or -2**63 when
    # the field is not a number (Mojo takes it for a keyword).
    try:
        return _parse_int(field)
    except e:
        return -9223372036854775807 - 1


def _str_format(fmt: String, args: List[String], reprs: List[String]) raises -> String:
    # Mojo's String.format (format.mojo's _FormatCurlyEntry): "{}" takes the next argument, "{N}"
    # argument N, "{N!r}"/"{!s}" its repr/str; "{{" and "}}" are literal braces. Curly errors raise at
    # once; an argument problem ends the scan and the errors are then reported in Mojo's order.
    # `reprs[k]` is argument k's repr (the checker gives them when the format may use "!r").
    var b = _Buffer()
    var n = fmt.byte_length()
    var i = 0
    var auto = 0
    var manual = 0
    var bad_auto = False
    var bad_kwarg = String("")
    var has_bad_kwarg = False
    var bad_manual = 0
    var has_bad_manual = False
    var open = -1
    while i < n:
        var c = _byte(fmt, i)
        if c == 123:  # '{'
            if open == -1:
                open = i
                i += 1
                continue
            if i - open != 1:
                raise Error("there is a single curly { left unclosed or unescaped")
            _buf_byte(b, 123)
            open = -1
            i += 1
            continue
        if c == 125:  # '}'
            if open == -1:
                if i + 1 < n and _byte(fmt, i + 1) == 125:
                    _buf_byte(b, 125)
                    i += 2
                    continue
                raise Error("there is a single curly } left unclosed or unescaped")
            var field = _str_slice(fmt, open + 1, i)
            var flag = UInt8(0)
            var bang = field.find("!")
            if bang != -1:
                var rest = _str_slice(field, bang + 1, field.byte_length())
                if rest.byte_length() == 0:
                    raise Error("Empty conversion flag.")
                if rest.byte_length() > 1 or (_byte(rest, 0) != 114 and _byte(rest, 0) != 115):
                    raise Error('Conversion flag "' + rest + '" not recognized.')
                flag = _byte(rest, 0)
                field = _str_slice(field, 0, bang)
            var k = 0
            if field.byte_length() == 0:
                if auto >= len(args):
                    bad_auto = True
                    break
                k = auto
                auto += 1
            else:
                k = _format_index(field)
                if k == -9223372036854775807 - 1:
                    bad_kwarg = field
                    has_bad_kwarg = True
                    break
                if k < 0 or k >= len(args):
                    bad_manual = k
                    has_bad_manual = True
                    break
                manual += 1
            if flag == 114 and k < len(reprs):
                _write_str(b, reprs[k])
            else:
                _write_str(b, args[k])
            open = -1
            i += 1
            continue
        if open == -1:
            _buf_byte(b, c)
        i += 1
    if bad_auto:
        raise Error("Automatic indexing require more args in *args")
    if has_bad_kwarg:
        raise Error("Index " + bad_kwarg + " not in kwargs")
    if manual > 0 and auto > 0:
        raise Error("Cannot both use manual and automatic indexing")
    if has_bad_manual:
        raise Error("Index " + String(bad_manual) + " not in *args")
    if open != -1:
        raise Error("there is a single curly { left unclosed or unescaped")
    return _buf_take(b)


def _hex_digit(v: Int) -> UInt8:
    if v < 10:
        return UInt8(48 + v)
    return UInt8(87 + v)


def _str_repr(s: String) -> String:
    # Mojo's String.__repr__: single quotes, with quotes, backslashes and control bytes escaped.
    var b = _Buffer()
    _buf_byte(b, 39)
    for i in range(s.byte_length()):
        var c = _byte(s, i)
        if c == 92:
            _write_str(b, "\\\\")
        elif c == 39:
            _write_str(b, "\\'")
        elif c == 10:
            _write_str(b, "\\n")
        elif c == 9:
            _write_str(b, "\\t")
        elif c == 13:
            _write_str(b, "\\r")
        elif c < 32 or c == 127:
            _write_str(b, "\\x")
            _buf_byte(b, _hex_digit(Int(c) >> 4))
            _buf_byte(b, _hex_digit(Int(c) & 15))
        else:
            _buf_byte(b, c)
    _buf_byte(b, 39)
    return _buf_take(b)


def ascii(s: String) -> String:
    # Mojo's ascii(): like repr, with every non-ASCII byte written \xNN; double quotes (unescaped)
    # when the text holds a single quote, else single quotes.
    var b = _Buffer()
    var quote = UInt8(39)
    for i in range(s.byte_length()):
        if _byte(s, i) == 39:
            quote = 34
    _buf_byte(b, quote)
    for i in range(s.byte_length()):
        var c = _byte(s, i)
        if c == 92:
            _write_str(b, "\\\\")
        elif c == 10:
            _write_str(b, "\\n")
        elif c == 9:
            _write_str(b, "\\t")
        elif c == 13:
            _write_str(b, "\\r")
        elif c < 32 or c >= 127:
            _write_str(b, "\\x")
            _buf_byte(b, _hex_digit(Int(c) >> 4))
            _buf_byte(b, _hex_digit(Int(c) & 15))
        else:
            _buf_byte(b, c)
    _buf_byte(b, quote)
    return _buf_take(b)


def _list_repr[T: Copyable](type_name: String, xs: List[T]) -> String:
    # Mojo's List.__repr__: the type, then the elements' reprs in brackets.
    var b = _Buffer()
    _write_str(b, type_name)
    _write_str(b, "([")
    for i in range(len(xs)):
        if i > 0:
            _write_str(b, ", ")
        _write_str(b, repr(xs[i]))
    _write_str(b, "])")
    return _buf_take(b)


def _optional_repr[T: Copyable](type_name: String, o: Optional[T]) -> String:
    if o:
        return type_name + "(" + repr(o.value()) + ")"
    return type_name + "(None)"


def _int_to_base(x: Int, base: Int, prefix: String) -> String:
    var b = _Buffer()
    var v = x
    if v < 0:
        _buf_byte(b, 45)
    _write_str(b, prefix)
    if v == 0:
        _buf_byte(b, 48)
        return _buf_take(b)
    var digits = List[UInt8]()
    while v != 0:
        var d = v % base
        if v < 0 and d != 0:
            d = base - d
        if d < 0:
            d = -d
        digits.append(_hex_digit(d))
        if v < 0:
            v = -((-(v + d)) // base)
        else:
            v = v // base
    var k = len(digits) - 1
    while k >= 0:
        _buf_byte(b, digits[k])
        k -= 1
    return _buf_take(b)


def _str_join_writable[T: Writable & Copyable](sep: String, parts: List[T]) -> String:
    var b = _Buffer()
    for i in range(len(parts)):
        if i > 0:
            _write_str(b, sep)
        _write_str(b, String(parts[i]))
    return _buf_take(b)


def _str_write_all(mut s: String, parts: List[String]):
    var b = _Buffer()
    _write_str(b, s)
    for i in range(len(parts)):
        _write_str(b, parts[i])
    s = _buf_take(b)


def _repr_scalar(type_name: String, value: String) -> String:
    return type_name + "(" + value + ")"


def _repr_simd(type_name: String, lanes: String) -> String:
    """repr of a vector: `SIMD[DType.int16, 2](1, 2)`, from its printed form `[1, 2]`."""
    return type_name + "(" + String(lanes[byte=1:lanes.byte_length() - 1]) + ")"


# ---------------------------------------------------------------- case mapping beyond ASCII
def _to_upper_cp(c: Int) -> Int:
    if c >= 97 and c <= 122:
        return c - 32
    if c < 128:
        return c
    if (c >= 0xE0 and c <= 0xFE and c != 0xF7):
        return c - 32
    if c == 0xFF:
        return 0x178
    if c == 0xB5:
        return 0x39C
    if c >= 0x100 and c <= 0x17F:
        if (c >= 0x139 and c <= 0x148) or (c >= 0x179 and c <= 0x17E):
            return c - 1 if c % 2 == 0 else c
        if c == 0x131:
            return 0x49
        if c == 0x17F:
            return 0x53
        if c == 0x138 or c == 0x149 or c == 0x130:
            return c
        return c - 1 if c % 2 == 1 else c
    if c >= 0x3B1 and c <= 0x3C9 and c != 0x3C2:
        return c - 32
    if c == 0x3C2:
        return 0x3A3
    if c >= 0x3AC and c <= 0x3AF:
        return _greek_tonos_upper(c)
    if c >= 0x430 and c <= 0x44F:
        return c - 32
    if c >= 0x450 and c <= 0x45F:
        return c - 80
    return c


def _greek_tonos_upper(c: Int) -> Int:
    if c == 0x3AC:
        return 0x386
    return c - 37


def _to_lower_cp(c: Int) -> Int:
    if c >= 65 and c <= 90:
        return c + 32
    if c < 128:
        return c
    if c >= 0xC0 and c <= 0xDE and c != 0xD7:
        return c + 32
    if c == 0x178:
        return 0xFF
    if c >= 0x100 and c <= 0x17F:
        if (c >= 0x139 and c <= 0x148) or (c >= 0x179 and c <= 0x17E):
            return c + 1 if c % 2 == 1 else c
        if c == 0x130:
            return 0x69
        if c == 0x138 or c == 0x149 or c == 0x131 or c == 0x17F:
            return c
        return c + 1 if c % 2 == 0 else c
    if c >= 0x391 and c <= 0x3A9 and c != 0x3A2:
        return c + 32
    if c == 0x386:
        return 0x3AC
    if c >= 0x388 and c <= 0x38A:
        return c + 37
    if c >= 0x410 and c <= 0x42F:
        return c + 32
    if c >= 0x400 and c <= 0x40F:
        return c + 80
    return c


def _unicode_map_case(s: String, upper: Bool) -> String:
    var b = _Buffer()
    var n = s.byte_length()
    var i = 0
    while i < n:
        var w = _utf8_width(s, i)
        var cp = _utf8_decode(s, i)
        var m = _to_upper_cp(cp) if upper else _to_lower_cp(cp)
        if upper and cp == 0xDF:
            _write_str(b, "SS")  # the one full case mapping common in text
        elif m == cp:
            for k in range(w):
                _buf_byte(b, _byte(s, i + k))
        else:
            _write_str(b, _chr(m))
        i += w
    return _buf_take(b)


# ---------------------------------------------------------------- Codepoint methods (`c.NAME()` is `_cp_NAME(Int(c))`)
def _cp_is_ascii(c: Int) -> Bool:
    return c < 128


def _cp_is_ascii_digit(c: Int) -> Bool:
    return c >= 48 and c <= 57


def _cp_is_ascii_lower(c: Int) -> Bool:
    return c >= 97 and c <= 122


def _cp_is_ascii_upper(c: Int) -> Bool:
    return c >= 65 and c <= 90


def _cp_is_ascii_printable(c: Int) -> Bool:
    return c >= 32 and c <= 126


def _cp_is_posix_space(c: Int) -> Bool:
    return c == 32 or (c >= 9 and c <= 13)


def _cp_is_python_space(c: Int) -> Bool:
    if c == 32 or (c >= 9 and c <= 13) or (c >= 28 and c <= 31) or c == 0x85 or c == 0xA0:
        return True
    if c == 0x1680 or (c >= 0x2000 and c <= 0x200A) or c == 0x2028 or c == 0x2029 or c == 0x202F:
        return True
    return c == 0x205F or c == 0x3000


def _cp_utf8_byte_length(c: Int) -> Int:
    if c < 0x80:
        return 1
    if c < 0x800:
        return 2
    if c < 0x10000:
        return 3
    return 4


def _str_find(s: String, sub: String, start: Int) -> Int:
    # Mojo: an empty substring is found at 0, whatever the start.
    if sub.byte_length() == 0:
        return 0
    var n = s.byte_length()
    var i = start
    if i < 0:
        i += n
    if i < 0:
        i = 0
    var m = sub.byte_length()
    while i + m <= n:
        if _matches_at(s, i, sub):
            return i
        i += 1
    return -1


def _str_replace_empty(s: String, new: String) -> String:
    # Mojo's s.replace("", new): new before each codepoint (not after the last).
    var b = _Buffer()
    var n = s.byte_length()
    var i = 0
    while i < n:
        var w = _utf8_width(s, i)
        _write_str(b, new)
        for k in range(w):
            _buf_byte(b, _byte(s, i + k))
        i += w
    return _buf_take(b)


# ---------------------------------------------------------------- bytes
def _str_as_bytes(s: String) -> List[UInt8]:
    # Mojo returns a Span over the String's bytes; here a List (it prints, indexes and measures the same).
    var out = List[UInt8](capacity=s.byte_length())
    for i in range(s.byte_length()):
        out.append(_byte(s, i))
    return out^


def _str_from_utf8_unchecked(data: List[UInt8]) -> String:
    var b = _Buffer()
    for i in range(len(data)):
        _buf_byte(b, data[i])
    return _buf_take(b)


def _utf8_valid_len(data: List[UInt8], i: Int) -> Int:
    # The length of the well-formed UTF-8 sequence at data[i], or 0 when it is not one.
    var n = len(data)
    var c = Int(data[i])
    var w = 0
    var lo = 0x80
    var hi = 0xBF
    if c < 0x80:
        return 1
    elif c >= 0xC2 and c <= 0xDF:
        w = 2
    elif c >= 0xE0 and c <= 0xEF:
        w = 3
        if c == 0xE0:
            lo = 0xA0
        elif c == 0xED:
            hi = 0x9F
    elif c >= 0xF0 and c <= 0xF4:
        w = 4
        if c == 0xF0:
            lo = 0x90
        elif c == 0xF4:
            hi = 0x8F
    else:
        return 0
    if i + w > n:
        return 0
    for k in range(1, w):
        var d = Int(data[i + k])
        var a = lo if k == 1 else 0x80
        var z = hi if k == 1 else 0xBF
        if d < a or d > z:
            return 0
    return w


def _str_from_utf8(data: List[UInt8]) raises -> String:
    var i = 0
    while i < len(data):
        var w = _utf8_valid_len(data, i)
        if w == 0:
            raise Error("Cannot construct a String from invalid UTF-8 data")
        i += w
    return _str_from_utf8_unchecked(data)


def _str_from_utf8_lossy(data: List[UInt8]) -> String:
    # Each byte that does not start a well-formed sequence becomes U+FFFD.
    var b = _Buffer()
    var i = 0
    while i < len(data):
        var w = _utf8_valid_len(data, i)
        if w == 0:
            _buf_byte(b, 0xEF)
            _buf_byte(b, 0xBF)
            _buf_byte(b, 0xBD)
            i += 1
        else:
            for k in range(w):
                _buf_byte(b, data[i + k])
            i += w
    return _buf_take(b)


def _str_with_capacity(capacity: Int) -> String:
    # Strings here grow by copying; the capacity is only a hint.
    return String()


def _cp_ord(s: String) -> Int:
    return _utf8_decode(s, 0)


# ---------------------------------------------------------------- graphemes
# User-perceived characters (extended grapheme clusters, Unicode UAX #29), with the property tables
# reduced to the common cases: CR LF, combining marks and other extenders, emoji modifiers and ZWJ
# sequences, regional-indicator pairs (flags), Hangul syllables.


def _gc_is_extend(c: Int) -> Bool:
    if c < 0x300:
        return False
    if c <= 0x36F or (c >= 0x483 and c <= 0x489) or (c >= 0x591 and c <= 0x5BD) or (c >= 0x610 and c <= 0x61A):
        return True
    if (c >= 0x64B and c <= 0x65F) or c == 0x670 or (c >= 0x6D6 and c <= 0x6DC) or (c >= 0x900 and c <= 0x903):
        return True
    if (c >= 0x93A and c <= 0x94F) or (c >= 0x951 and c <= 0x957) or (c >= 0x962 and c <= 0x963):
        return True
    if (c >= 0x1AB0 and c <= 0x1AFF) or (c >= 0x1DC0 and c <= 0x1DFF) or c == 0x200C or c == 0x200D:
        return True
    if (c >= 0x20D0 and c <= 0x20FF) or (c >= 0x3099 and c <= 0x309A) or (c >= 0xFE00 and c <= 0xFE0F):
        return True
    if (c >= 0xFE20 and c <= 0xFE2F) or (c >= 0x1F3FB and c <= 0x1F3FF) or (c >= 0xE0020 and c <= 0xE007F):
        return True
    return c >= 0xE0100 and c <= 0xE01EF


def _gc_is_pictographic(c: Int) -> Bool:
    if c == 0xA9 or c == 0xAE or c == 0x203C or c == 0x2049 or c == 0x2122 or c == 0x2139:
        return True
    if (c >= 0x2194 and c <= 0x21AA) or (c >= 0x2300 and c <= 0x23FF) or (c >= 0x2600 and c <= 0x27BF):
        return True
    if (c >= 0x2B00 and c <= 0x2BFF) or c == 0x3030 or c == 0x303D or c == 0x3297 or c == 0x3299:
        return True
    return c >= 0x1F000 and c <= 0x1FAFF and not (c >= 0x1F1E6 and c <= 0x1F1FF) and not (c >= 0x1F3FB and c <= 0x1F3FF)


def _gc_is_regional(c: Int) -> Bool:
    return c >= 0x1F1E6 and c <= 0x1F1FF


def _gc_hangul(c: Int) -> Int:
    # 1 L, 2 V, 3 T, 4 LV, 5 LVT, 0 other.
    if c >= 0x1100 and c <= 0x115F:
        return 1
    if c >= 0x1160 and c <= 0x11A7:
        return 2
    if c >= 0x11A8 and c <= 0x11FF:
        return 3
    if c >= 0xAC00 and c <= 0xD7A3:
        return 4 if (c - 0xAC00) % 28 == 0 else 5
    return 0


def _gc_is_linker(c: Int) -> Bool:
    # Viramas of the Indic scripts whose conjuncts stay one cluster (Unicode's InCB=Linker).
    return c == 0x94D or c == 0x9CD or c == 0xACD or c == 0xB4D or c == 0xC4D or c == 0xD4D


def _gc_is_consonant(c: Int) -> Bool:
    # InCB=Consonant of Devanagari, Bengali, Gujarati, Oriya, Telugu, Malayalam (main letters).
    if (c >= 0x915 and c <= 0x939) or (c >= 0x958 and c <= 0x95F) or (c >= 0x978 and c <= 0x97F):
        return True
    if (c >= 0x995 and c <= 0x9B9) or (c >= 0xA95 and c <= 0xAB9) or (c >= 0xB15 and c <= 0xB39):
        return True
    return (c >= 0xC15 and c <= 0xC39) or (c >= 0xD15 and c <= 0xD3A)


def _gc_is_control(c: Int) -> Bool:
    return c < 0x20 or (c >= 0x7F and c <= 0x9F) or c == 0x2028 or c == 0x2029


def _grapheme_len(s: String, start: Int) -> Int:
    # The byte length of the grapheme cluster that starts at byte `start`.
    var n = s.byte_length()
    var i = start
    var prev = _utf8_decode(s, i)
    i += _utf8_width(s, i)
    if prev == 13 and i < n and _byte(s, i) == 10:
        return i + 1 - start
    if _gc_is_control(prev):
        return i - start
    var regional = 1 if _gc_is_regional(prev) else 0
    var pict_seen = _gc_is_pictographic(prev)
    var conjunct = 1 if _gc_is_consonant(prev) else 0  # 1: after a consonant, 2: after consonant + linker
    while i < n:
        var c = _utf8_decode(s, i)
        var w = _utf8_width(s, i)
        if _gc_is_control(c):
            break
        var hp = _gc_hangul(prev)
        var hc = _gc_hangul(c)
        var join = False
        if _gc_is_extend(c):
            join = True
        elif prev == 0x200D and pict_seen and _gc_is_pictographic(c):
            join = True
        elif regional % 2 == 1 and _gc_is_regional(c):
            join = True
        elif conjunct == 2 and _gc_is_consonant(c):
            join = True
        elif hp == 1 and (hc == 1 or hc == 2 or hc == 4 or hc == 5):
            join = True
        elif (hp == 4 or hp == 2) and (hc == 2 or hc == 3):
            join = True
        elif (hp == 5 or hp == 3) and hc == 3:
            join = True
        if not join:
            break
        if _gc_is_regional(c):
            regional += 1
        if _gc_is_pictographic(c):
            pict_seen = True
        if _gc_is_consonant(c):
            conjunct = 1
        elif _gc_is_linker(c) and conjunct >= 1:
            conjunct = 2
        elif not _gc_is_extend(c):
            conjunct = 0
        prev = c
        i += w
    return i - start


def _str_graphemes(s: String) -> List[String]:
    var out = List[String]()
    var i = 0
    while i < s.byte_length():
        var w = _grapheme_len(s, i)
        out.append(_str_slice(s, i, i + w))
        i += w
    return out^


def _str_graphemes_reversed(s: String) -> List[String]:
    var fwd = _str_graphemes(s)
    var out = List[String]()
    var i = len(fwd) - 1
    while i >= 0:
        out.append(fwd[i])
        i -= 1
    return out^


def _str_count_graphemes(s: String) -> Int:
    var count = 0
    var i = 0
    while i < s.byte_length():
        i += _grapheme_len(s, i)
        count += 1
    return count


def _str_grapheme_at(s: String, index: Int) -> String:
    var i = 0
    var k = 0
    while i < s.byte_length():
        var w = _grapheme_len(s, i)
        if k == index:
            return _str_slice(s, i, i + w)
        i += w
        k += 1
    return ""


# ---------------------------------------------------------------- building in place
def _str_append(mut s: String, codepoint: Codepoint):
    s += String(codepoint)


def _str_write_string(mut s: String, string: String):
    s += string


def _str_reserve(mut s: String, new_capacity_bytes: Int):
    # Strings here grow on demand (each += makes the new bytes); a capacity is only a hint.
    pass


def _str_reserve_bytes(mut s: String, new_capacity_bytes: Int):
    pass


def _str_resize(mut s: String, length: Int, fill_byte: UInt8 = 0):
    # Cut to `length` bytes, or pad with `fill_byte`.
    var n = s.byte_length()
    if length <= n:
        s = _str_slice(s, 0, length)
        return
    var b = _Buffer()
    _write_str(b, s)
    for _ in range(length - n):
        _buf_byte(b, fill_byte)
    s = _buf_take(b)


def _str_split_at_grapheme(s: String, n: Int) -> Tuple[String, String]:
    # The first n grapheme clusters, and the rest.
    var i = 0
    var k = 0
    while i < s.byte_length() and k < n:
        i += _grapheme_len(s, i)
        k += 1
    return (_str_slice(s, 0, i), _str_slice(s, i, s.byte_length()))


def _cp_from_u32(x: Int) -> Optional[Codepoint]:
    # None for surrogates and values beyond U+10FFFF.
    if x < 0 or x > 0x10FFFF or (x >= 0xD800 and x <= 0xDFFF):
        return None
    return Codepoint(x)
