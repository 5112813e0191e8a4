# std.base64: Base64 and Base16 (hex) encoding and decoding, with Mojo 1.2's error messages.
#
# Decoding follows Mojo's (lenient) rules, checked against Mojo 1.2: whitespace is skipped, the
# length without it must be a multiple of 4, a '=' decodes as 0 wherever it stands, and a group emits
# 1 byte if its third character is '=', 2 if its fourth is, else 3.

comptime _B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
comptime _B16 = "0123456789ABCDEF"


def _b64_encode_into(data: List[UInt8], mut b: _Buffer):
    var alphabet: String = _B64
    var n = len(data)
    var i = 0
    while i < n:
        var b0 = Int(data[i])
        var b1 = Int(data[i + 1]) if i + 1 < n else 0
        var b2 = Int(data[i + 2]) if i + 2 < n else 0
        _buf_byte(b, _byte(alphabet, b0 >> 2))
        _buf_byte(b, _byte(alphabet, ((b0 & 3) << 4) | (b1 >> 4)))
        if i + 1 < n:
            _buf_byte(b, _byte(alphabet, ((b1 & 15) << 2) | (b2 >> 6)))
        else:
            _buf_byte(b, 61)
        if i + 2 < n:
            _buf_byte(b, _byte(alphabet, b2 & 63))
        else:
            _buf_byte(b, 61)
        i += 3


def _bytes_of(s: String) -> List[UInt8]:
    var out = List[UInt8]()
    for i in range(s.byte_length()):
        out.append(_byte(s, i))
    return out^


def b64encode(input_bytes: List[UInt8]) -> String:
    """The Base64 encoding of `input_bytes`."""
    var b = _Buffer()
    _b64_encode_into(input_bytes, b)
    return _buf_take(b)


def b64encode(input_string: String) -> String:
    """The Base64 encoding of the UTF-8 bytes of `input_string`."""
    return b64encode(_bytes_of(input_string))


def b64encode(input_bytes: List[UInt8], mut result: String):
    """Appends the Base64 encoding of `input_bytes` to `result`."""
    result += b64encode(input_bytes)


def _b64_value(c: UInt8) raises -> Int:
    var x = Int(c)
    if x >= 65 and x <= 90:
        return x - 65
    if x >= 97 and x <= 122:
        return x - 71
    if x >= 48 and x <= 57:
        return x + 4
    if x == 43:
        return 62
    if x == 47:
        return 63
    if x == 61:
        return 0
    raise Error("ValueError: Unexpected character '" + _codepoint_text(x) + "' encountered")


def _codepoint_text(x: Int) -> String:
    var b = _Buffer()
    _buf_byte(b, UInt8(x))
    return _buf_take(b)


def _is_b64_space(c: UInt8) -> Bool:
    return c == 32 or c == 9 or c == 10 or c == 13 or c == 11 or c == 12


def b64decode(str: String) raises -> List[UInt8]:
    """The bytes that the Base64 text `str` encodes; raises on a bad length or character."""
    var chars = List[UInt8]()
    for i in range(str.byte_length()):
        var c = _byte(str, i)
        if not _is_b64_space(c):
            chars.append(c)
    var n = len(chars)
    if n % 4 != 0:
        raise Error("ValueError: Input length '" + String(n) + "' (ignoring whitespace) must be divisible by 4")
    var out = List[UInt8]()
    var i = 0
    while i < n:
        var a = _b64_value(chars[i])
        var b = _b64_value(chars[i + 1])
        var c = _b64_value(chars[i + 2])
        var d = _b64_value(chars[i + 3])
        out.append(UInt8(((a << 2) | (b >> 4)) & 255))
        if chars[i + 2] != 61:
            out.append(UInt8((((b & 15) << 4) | (c >> 2)) & 255))
            if chars[i + 3] != 61:
                out.append(UInt8((((c & 3) << 6) | d) & 255))
        i += 4
    return out^


def b16encode(str: String) -> String:
    """The upper-case hexadecimal (Base16) encoding of the UTF-8 bytes of `str`."""
    var digits: String = _B16
    var b = _Buffer()
    for i in range(str.byte_length()):
        var x = Int(_byte(str, i))
        _buf_byte(b, _byte(digits, x >> 4))
        _buf_byte(b, _byte(digits, x & 15))
    return _buf_take(b)


def _b16_value(c: UInt8) raises -> Int:
    var x = Int(c)
    if x >= 48 and x <= 57:
        return x - 48
    if x >= 65 and x <= 70:
        return x - 55
    raise Error("ValueError: Unexpected character '" + _codepoint_text(x) + "' encountered")


def b16decode(str: String) raises -> List[UInt8]:
    """The bytes that the upper-case hexadecimal text `str` encodes."""
    var n = str.byte_length()
    if n % 2 != 0:
        raise Error("ValueError: Input length '" + String(n) + "' must be divisible by 2")
    var out = List[UInt8]()
    var i = 0
    while i < n:
        out.append(UInt8(_b16_value(_byte(str, i)) * 16 + _b16_value(_byte(str, i + 1))))
        i += 2
    return out^
