from std.math import sqrt, sin, cos, log, exp


def main():
    print("x", "sqrt", "sin", "cos", "log", "exp", sep="\t")
    for i in range(1, 8):
        var x = Float64(i) * 0.75
        print(x, sqrt(x), sin(x), cos(x), log(x), exp(x), sep="\t")
    print()
    for i in range(1, 8):
        var x = Float32(i) * 0.3
        print(x, sqrt(x), x * x, x / 7, sep=" | ")
    var v = SIMD[DType.float32, 4](1.1, 2.2, 3.3, 4.4)
    print(v * 3, v / 7)
    var w = SIMD[DType.float64, 4](0.1, 0.2, 0.3, 0.4)
    print(w + 0.1, w.reduce_add())
    print(Float32(1) / 3, Float32(2) / 3, Float32(10) / 3, Float32(1e8) / 3)
    print(Float16(1) / 3, Float16(0.5) + Float16(0.25))
