# Run-length encoding and a hand-written base64 codec, round-tripped and
# checked against std.base64.
from std.base64 import b64encode, b64decode

comptime ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def rle_encode(s: String) -> String:
    var out = String()
    var bytes = s.as_bytes()
    var i = 0
    while i < len(bytes):
        var j = i
        while j < len(bytes) and bytes[j] == bytes[i]:
            j += 1
        var run = j - i
        if run > 1:
            out += String(run)
        out += chr(Int(bytes[i]))
        i = j
    return out


def rle_decode(s: String) raises -> String:
    var out = String()
    var n = 0
    for c in s.codepoint_slices():
        if c.is_ascii_digit():
            n = n * 10 + Int(c)
        else:
            out += c * (n if n > 0 else 1)
            n = 0
    if n != 0:
        raise Error("dangling count " + String(n))
    return out


def my_b64encode(data: String) -> String:
    var bytes = data.as_bytes()
    var out = String()
    var i = 0
    var n = len(bytes)
    while i + 2 < n:
        var v = (Int(bytes[i]) << 16) | (Int(bytes[i + 1]) << 8) | Int(bytes[i + 2])
        for shift in [18, 12, 6, 0]:
            out += ALPHABET[byte=(v >> shift) & 63]
        i += 3
    var rest = n - i
    if rest == 1:
        var v = Int(bytes[i]) << 16
        out += ALPHABET[byte=(v >> 18) & 63]
        out += ALPHABET[byte=(v >> 12) & 63]
        out += "=="
    elif rest == 2:
        var v = (Int(bytes[i]) << 16) | (Int(bytes[i + 1]) << 8)
        out += ALPHABET[byte=(v >> 18) & 63]
        out += ALPHABET[byte=(v >> 12) & 63]
        out += ALPHABET[byte=(v >> 6) & 63]
        out += "="
    return out


def sextet(c: UInt8) raises -> Int:
    if c >= UInt8(ord("A")) and c <= UInt8(ord("Z")):
        return Int(c) - ord("A")
    if c >= UInt8(ord("a")) and c <= UInt8(ord("z")):
        return Int(c) - ord("a") + 26
    if c >= UInt8(ord("0")) and c <= UInt8(ord("9")):
        return Int(c) - ord("0") + 52
    if c == UInt8(ord("+")):
        return 62
    if c == UInt8(ord("/")):
        return 63
    raise Error("invalid base64 character: " + chr(Int(c)))


def my_b64decode(text: String) raises -> String:
    var bytes = text.as_bytes()
    if len(bytes) % 4 != 0:
        raise Error("length " + String(len(bytes)) + " is not a multiple of 4")
    var out = List[UInt8]()
    for i in range(0, len(bytes), 4):
        var v = 0
        var pad = 0
        for k in range(4):
            var c = bytes[i + k]
            v <<= 6
            if c == UInt8(ord("=")):
                pad += 1
            else:
                v |= sextet(c)
        out.append(UInt8((v >> 16) & 255))
        if pad < 2:
            out.append(UInt8((v >> 8) & 255))
        if pad < 1:
            out.append(UInt8(v & 255))
    return String(from_utf8=out)


def main() raises:
    var samples: List[String] = [
        "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
        "abc",
        "aabcccccaaa",
        "",
        "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
    ]
    for s in samples:
        var enc = rle_encode(s)
        var dec = rle_decode(enc)
        print(repr(enc), "ratio", String(len(s.as_bytes())) + "/" + String(len(enc.as_bytes())), "ok" if dec == s else "MISMATCH")
    try:
        print(rle_decode("3a2b7"))
    except e:
        print("rle error:", e)

    var texts: List[String] = ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work.", "héllo wörld ✓"]
    for t in texts:
        var mine = my_b64encode(t)
        var theirs = b64encode(t)
        var back = my_b64decode(mine)
        print(repr(t), "->", mine, "same" if mine == theirs else "DIFFERENT", "roundtrip" if back == t else "BROKEN")
    for bad in ["abc", "ab$d", "QUJD"]:
        try:
            print("decoded:", my_b64decode(bad))
        except e:
            print("decode error:", e)
    print(b64decode("SGVsbG8sIE1vam8h"))
