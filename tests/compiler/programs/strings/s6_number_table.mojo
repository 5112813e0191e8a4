# Number formatting table: ints in several bases, floats, padding, and thousands separators.


def group_thousands(n: Int) -> String:
    var s = String(abs(n))
    var out = String()
    var count = 0
    var b = s.as_bytes()
    for i in range(len(b) - 1, -1, -1):
        if count > 0 and count % 3 == 0:
            out = "," + out
        out = chr(Int(b[i])) + out
        count += 1
    return ("-" if n < 0 else "") + out


def fixed(x: Float64, digits: Int) -> String:
    var scale = 1
    for _ in range(digits):
        scale *= 10
    var neg = x < 0
    var v = Int(abs(x) * Float64(scale) + 0.5)
    var whole = v // scale
    var frac = String(v % scale)
    while frac.byte_length() < digits:
        frac = "0" + frac
    return ("-" if neg else "") + String(whole) + "." + frac


def main():
    var nums: List[Int] = [0, 7, 42, 255, 1000, 65535, -1234567, 9876543210]
    print("dec".ascii_rjust(12), "hex".ascii_rjust(12), "oct".ascii_rjust(14), "bin".ascii_rjust(20), "grouped".ascii_rjust(16))
    for n in nums:
        print(String(n).ascii_rjust(12), hex(n).ascii_rjust(12), oct(n).ascii_rjust(14), bin(n & 0xFFFF).ascii_rjust(20), group_thousands(n).ascii_rjust(16))
    print()
    var vals: List[Float64] = [0.0, 1.5, -2.25, 3.14159265, 100.0 / 3.0, 1e10, 2.5e-7, -0.0]
    for v in vals:
        print(String(v).ascii_ljust(22, "."), fixed(v, 2).ascii_rjust(16), fixed(v, 4).ascii_rjust(18))
    print(String(Float32(1.0) / 3.0), String(Float64(1.0) / 3.0))
    print(String(True), String(False), String(Int8(-128)), String(UInt8(255)), String(UInt64(18446744073709551615)))
    print("zero-padded:", String(42).ascii_rjust(6, "0"), String(7).ascii_rjust(3, "0"))
    print("centered: [" + String("mid").ascii_center(11, "*") + "]", "[" + String("even").ascii_center(9) + "]")
