# Roman numerals both ways with validation, plus conversion to arbitrary bases
# and a small table.


def to_roman(n: Int) raises -> String:
    if n <= 0 or n >= 4000:
        raise Error("out of range: " + String(n))
    var vals: List[Int] = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
    var syms: List[String] = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]
    var out = String()
    var x = n
    for i in range(len(vals)):
        while x >= vals[i]:
            out += syms[i]
            x -= vals[i]
    return out


def value_of(c: String) raises -> Int:
    if c == "I":
        return 1
    elif c == "V":
        return 5
    elif c == "X":
        return 10
    elif c == "L":
        return 50
    elif c == "C":
        return 100
    elif c == "D":
        return 500
    elif c == "M":
        return 1000
    raise Error("invalid roman digit '" + c + "'")


def from_roman(s: String) raises -> Int:
    var total = 0
    var n = s.byte_length()
    if n == 0:
        raise Error("empty numeral")
    for i in range(n):
        var v = value_of(String(s[byte=i]))
        if i + 1 < n and v < value_of(String(s[byte=i + 1])):
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise Error("non-canonical numeral " + s + " (canonical: " + to_roman(total) + ")")
    return total


def to_base(n: Int, base: Int) -> String:
    if n == 0:
        return "0"
    var digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    var out = List[String]()
    var x = abs(n)
    while x > 0:
        out.append(String(digits[byte=x % base]))
        x //= base
    if n < 0:
        out.append("-")
    out.reverse()
    return "".join(out)


def main():
    var nums: List[Int] = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000]
    for n in nums:
        try:
            var r = to_roman(n)
            print(n, "->", r, "->", from_roman(r))
        except e:
            print(n, "error:", e)
    for s in ["MCMXCIV", "IIII", "IC", "XLII", "ABC", "", "MMXXVI"]:
        try:
            print(s, "=", from_roman(s))
        except e:
            print(repr(s), "error:", e)
    print("n    bin        oct   hex  b36")
    for n in [0, 7, 255, 1000, -42, 123456789]:
        print(String(n).ascii_ljust(5), to_base(n, 2).ascii_ljust(10), to_base(n, 8).ascii_ljust(5), to_base(n, 16).ascii_rjust(4, "0"), to_base(n, 36))
    print(hex(255), bin(10), oct(64), hex(-255))
