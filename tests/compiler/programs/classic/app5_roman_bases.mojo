# Number formatting utilities: Roman numerals both ways, base conversion and
# digit grouping, with round-trip checks.

def to_roman(n: Int) raises -> String:
    if n <= 0 or n >= 4000:
        raise Error("out of range for roman numerals: " + String(n))
    var values: List[Int] = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
    var symbols: List[String] = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]
    var out = String()
    var rest = n
    for i in range(len(values)):
        while rest >= values[i]:
            out += symbols[i]
            rest -= values[i]
    return out


def from_roman(s: String) raises -> Int:
    var table = Dict[String, Int]()
    table["I"] = 1
    table["V"] = 5
    table["X"] = 10
    table["L"] = 50
    table["C"] = 100
    table["D"] = 500
    table["M"] = 1000
    var total = 0
    var prev = 0
    var chars = List[String]()
    for c in s.codepoint_slices():
        chars.append(String(c))
    for i in range(len(chars) - 1, -1, -1):
        if chars[i] not in table:
            raise Error("bad roman digit: " + chars[i])
        var v = table[chars[i]]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total


def to_base(n: Int, base: Int) -> String:
    comptime DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    var neg = n < 0
    var x = abs(n)
    var out = String()
    while x > 0:
        out = String(DIGITS[byte=x % base]) + out
        x //= base
    return "-" + out if neg else out


def group(n: Int, sep: String = ",") -> String:
    var s = String(abs(n))
    var out = String()
    var count = 0
    for i in range(s.byte_length() - 1, -1, -1):
        if count > 0 and count % 3 == 0:
            out = sep + out
        out = String(s[byte=i]) + out
        count += 1
    return "-" + out if n < 0 else out


def main() raises:
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
        try:
            var r = to_roman(n)
            print(n, r, from_roman(r) == n)
        except e:
            print(e)
    try:
        _ = to_roman(4000)
    except e:
        print("error:", e)
    try:
        _ = from_roman("MXQ")
    except e:
        print("error:", e)
    for b in [2, 8, 16, 36]:
        print("255 in base", b, "=", to_base(255, b), "| -1000 =", to_base(-1000, b))
    print(bin(10), oct(64), hex(255), hex(-255))
    print(atol("ff", 16), atol("777", base=8), atol("-101", 2))
    for n in [0, 12, 1234, 1234567, -9876543210]:
        print(group(n), group(n, "_"))
