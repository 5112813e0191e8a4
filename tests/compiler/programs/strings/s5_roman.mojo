def to_roman(n: Int) -> String:
    var vals: List[Int] = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
    var syms: List[String] = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]
    var out = String()
    var v = n
    for i in range(len(vals)):
        while v >= vals[i]:
            out += syms[i]
            v -= vals[i]
    return out


def from_roman(s: String) -> Int:
    var total = 0
    var prev = 0
    var digits = List[Int]()
    for cp in s.codepoints():
        var c = String(cp)
        var v = 0
        if c == "I":
            v = 1
        elif c == "V":
            v = 5
        elif c == "X":
            v = 10
        elif c == "L":
            v = 50
        elif c == "C":
            v = 100
        elif c == "D":
            v = 500
        elif c == "M":
            v = 1000
        digits.append(v)
    for i in range(len(digits) - 1, -1, -1):
        var v = digits[i]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total


def main():
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
        var r = to_roman(n)
        print(String(n).ascii_rjust(5), r.ascii_ljust(12, "."), from_roman(r))
