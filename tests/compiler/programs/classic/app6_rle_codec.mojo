# Run-length encoding and decoding of strings and of integer lists, with a
# generic helper, round-trip checks and compression ratios.


def rle_encode(s: String) -> String:
    var out = String()
    var n = s.byte_length()
    var i = 0
    while i < n:
        var c = s[byte=i]
        var j = i
        while j < n and s[byte=j] == c:
            j += 1
        var run = j - i
        if run > 1:
            out += String(run)
        out += c
        i = j
    return out


def rle_decode(s: String) raises -> String:
    var out = String()
    var count = 0
    for cp in s.codepoints():
        var v = Int(cp.to_u32())
        if v >= 48 and v <= 57:
            count = count * 10 + (v - 48)
        else:
            var times = count if count > 0 else 1
            out += String(cp) * times
            count = 0
    if count != 0:
        raise Error("dangling count " + String(count) + " at end of input")
    return out


def runs[T: Equatable & Copyable](xs: List[T]) -> List[Tuple[T, Int]]:
    var out = List[Tuple[T, Int]]()
    for i in range(len(xs)):
        if len(out) > 0 and out[len(out) - 1][0] == xs[i]:
            out[len(out) - 1][1] += 1
        else:
            out.append((xs[i].copy(), 1))
    return out^


def expand(pairs: List[Tuple[Int, Int]]) -> List[Int]:
    var out = List[Int]()
    for p in pairs:
        for _ in range(p[1]):
            out.append(p[0])
    return out^


def main():
    var samples: List[String] = [
        "aaabbbcccd",
        "abcd",
        "",
        "wwwwwwwwwwwwbwwwwwwwwwwwwbbbwwwwwwwwwwwwwwwwwwwwwwwwbwwwwwwwwwwwwww",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy",
    ]
    for s in samples:
        var enc = rle_encode(s)
        try:
            var dec = rle_decode(enc)
            var ratio = 0.0
            if s.byte_length() > 0:
                ratio = Float64(enc.byte_length()) / Float64(s.byte_length())
            print(repr(s[byte=0:min(12, s.byte_length())]), "->", enc, "| round trip:", dec == s, "| ratio:", round(ratio, 3))
        except e:
            print("decode failed:", e)
    for bad in ["3a2", "12", "a0b"]:
        try:
            print(bad, "decodes to", repr(rle_decode(bad)))
        except e:
            print(bad, "->", e)
    var data: List[Int] = [0, 0, 0, 1, 1, 2, 2, 2, 2, 0, 5, 5]
    var r = runs(data)
    for p in r:
        print("value", p[0], "x", p[1])
    print("expand ok:", expand(r) == data)
    var words: List[String] = ["a", "a", "b", "a", "a", "a"]
    var wr = runs(words)
    for p in wr:
        print(p[0], p[1], sep=":", end=" ")
    print()
