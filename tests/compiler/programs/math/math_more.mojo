from std.math import exp, log, sqrt, floor, ceil, sin, cos, tanh, atan, comb, perm, ceildiv, recip, log2


def main():
    var x: Float32 = 4.0
    print(sqrt(x), floor(Float32(2.7)), ceil(Float32(-2.7)))
    print(comb(5, 2), perm(5, 2), ceildiv(7, 2), ceildiv(-7, 2))
    print(recip(4.0), log2(1024.0))
    print(tanh(0.0), atan(0.0), sin(0.0))
    print(exp(1.0) > 2.718, log(1.0))
    var total = 0.0
    for i in range(1, 11):
        total += 1.0 / Float64(i * i)
    print(total)
    print(abs(-7), abs(Float32(-1.5)), max(2.5, 1.0), min(-1, -2))
    print(round(7.5), round(8.5), round(-2.5), round(1.234567, 3))
    var f = 2.675
    print(round(f, 2))
