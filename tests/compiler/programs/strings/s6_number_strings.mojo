# String() of numbers: Int widths, floats of both widths, special values, and parsing them back.
from std.math import inf, nan


def main() raises:
    var ints = [Int8(-128), Int8(127)]
    for v in ints:
        print(String(v), end=" ")
    print(String(UInt16(65535)), String(Int32(-2147483648)), String(UInt32(4294967295)), String(Int64(-1)))
    var f64: List[Float64] = [0.0, -0.0, 1.0, 0.1, 1.0 / 3.0, 2.0 / 3.0, 123456789.0, 1e15, 1e16, 1e17, 1.5e-5, 1e-4, 12345.678, 5e-324, 1.7976931348623157e308]
    for x in f64:
        var s = String(x)
        var back = Float64(s)
        print(s.ascii_ljust(26), back == x)
    var f32: List[Float32] = [0.1, 1.0 / 3.0, 16777216.0, 3.4028235e38, 1e-8]
    for x in f32:
        print(String(x), end=" ")
    print()
    print(String(inf[DType.float64]()), String(-inf[DType.float64]()), String(nan[DType.float64]()))
    print(String(Float64(10) ** 20), String(Float64(10) ** 21), String(Float64(2) ** 0.5))
    print(String(7 // 2), String(-7 // 2), String(7 % -3), String(2 ** 62), String(Int.MAX), String(Int.MIN))
    var width = 12
    for x in [3.14159, -2.5, 100.0]:
        var s = String(x)
        print("[" + s.ascii_rjust(width) + "]", "[" + s.ascii_ljust(width, "_") + "]")
