# Run-length encoding and decoding with multi-digit counts and validation.


def encode(s: String) -> String:
    var out = String()
    var prev = String()
    var count = 0
    for piece in s.codepoint_slices():
        if piece == prev:
            count += 1
        else:
            if count > 0:
                out += String(count) + prev
            prev = String(piece)
            count = 1
    if count > 0:
        out += String(count) + prev
    return out^


def decode(s: String) raises -> String:
    var out = String()
    var num = String()
    for piece in s.codepoint_slices():
        if piece.is_ascii_digit():
            num += piece
        else:
            if num.byte_length() == 0:
                raise Error("missing count before " + repr(String(piece)))
            out += String(piece) * Int(num)
            num = String()
    if num.byte_length() > 0:
        raise Error("dangling count " + num)
    return out^


def main():
    var inputs: List[String] = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccccaaa", "", "x", "ééèè", "abc"]
    for s in inputs:
        var e = encode(s)
        print(repr(s), "->", repr(e))
        try:
            var d = decode(e)
            print("   roundtrip ok:", d == s, "ratio:", Float64(e.byte_length()) / Float64(max(1, s.byte_length())))
        except err:
            print("   decode failed:", err)
    for bad in ["3a2", "ab", "10x2y", "0z1q"]:
        try:
            print(repr(bad), "decodes to", repr(decode(bad)))
        except err:
            print(repr(bad), "error:", err)
