# Run-length encoding and decoding of strings and byte lists, with a check
# that decoding restores the input and a compression ratio report.

def rle_encode(s: String) -> String:
    var out = String()
    var bytes = s.as_bytes()
    var i = 0
    var n = len(bytes)
    while i < n:
        var j = i
        while j < n and bytes[j] == bytes[i]:
            j += 1
        var run = j - i
        if run > 1:
            out += String(run)
        out += chr(Int(bytes[i]))
        i = j
    return out


def rle_decode(s: String) raises -> String:
    var out = String()
    var count = 0
    for cp in s.codepoints():
        var c = Int(cp)
        if c >= ord("0") and c <= ord("9"):
            count = count * 10 + (c - ord("0"))
        else:
            out += chr(c) * (count if count > 0 else 1)
            count = 0
    if count > 0:
        raise Error("dangling count " + String(count))
    return out


def encode_bytes(data: List[UInt8]) -> List[Tuple[UInt8, Int]]:
    var out = List[Tuple[UInt8, Int]]()
    for b in data:
        if len(out) > 0 and out[len(out) - 1][0] == b:
            out[len(out) - 1][1] += 1
        else:
            out.append((b, 1))
    return out^


def main() raises:
    var samples: List[String] = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccccaaa", "", "zzzzzzzzzzzz"]
    for s in samples:
        var enc = rle_encode(s)
        var dec = rle_decode(enc)
        var ratio = Float64(enc.byte_length()) / Float64(max(1, s.byte_length()))
        print(repr(enc), dec == s, round(ratio, 2))
    try:
        _ = rle_decode("3a12")
    except e:
        print("error:", e)
    var data: List[UInt8] = [0, 0, 0, 255, 255, 7, 0, 0]
    var runs = encode_bytes(data)
    for r in runs:
        print(r[0], "x", r[1], end="; ")
    print()
