def fmt_fixed(x: Float64, digits: Int) -> String:
    var scale = 1
    for _ in range(digits):
        scale *= 10
    var neg = x < 0
    var v = abs(x)
    var n = Int(v * Float64(scale) + 0.5)
    var whole = n // scale
    var frac = String(n % scale)
    while frac.byte_length() < digits:
        frac = "0" + frac
    var out = String(whole) + "." + frac
    if neg:
        out = "-" + out
    return out


def with_commas(n: Int) -> String:
    var s = String(abs(n))
    var out = String()
    var count = 0
    var i = s.byte_length() - 1
    while i >= 0:
        if count > 0 and count % 3 == 0:
            out = "," + out
        out = s[byte=i] + out
        count += 1
        i -= 1
    if n < 0:
        out = "-" + out
    return out


def main():
    for x in [3.14159, 2.0, -0.5, 100.0 / 3.0, 0.005]:
        print(x, fmt_fixed(x, 2), fmt_fixed(x, 4))
    for n in [0, 12, 1234, 1234567, -9876543210]:
        print(with_commas(n))
    print(hex(255), bin(5), oct(64), hex(-1))
    print(String(0.1 + 0.2), 1.0 / 3.0, 2.5e-5, 1e16, 1e15, 123456789.0)
    print(Float32(1.1), Float32(3.0) / 7, Float64(Float32(0.1)))
    print(Int64(-5), UInt32(7), Int16(300), UInt8(255) + 1)
    var percent = 0.4567
    print(String(Int(percent * 1000 + 0.5) / 10) + "%")
