# Compile-time dispatch: comptime if on parameter values and types, comptime for over a
# parameter list, and functions specialized by a Bool/Int parameter.
from std.sys import size_of


def describe_width[dtype: DType]() -> String:
    comptime if dtype == DType.float32 or dtype == DType.float64:
        return "float of " + String(dtype) + " bits"
    elif dtype.is_integral():
        comptime if dtype.is_signed():
            return "signed int of " + String(dtype) + " bits"
        else:
            return "unsigned int of " + String(dtype) + " bits"
    else:
        return "other"


def clamp_add[saturate: Bool](a: Int8, b: Int8) -> Int8:
    comptime if saturate:
        var wide = Int(a) + Int(b)
        if wide > 127:
            return 127
        if wide < -128:
            return -128
        return Int8(wide)
    else:
        return a + b


def poly[*coeffs: Int](x: Int) -> Int:
    var result = 0
    comptime for c in coeffs:
        result = result * x + c
    return result


def main():
    print(describe_width[DType.float32]())
    print(describe_width[DType.int16]())
    print(describe_width[DType.uint64]())
    print(describe_width[DType.bool]())
    print(clamp_add[True](100, 100), clamp_add[False](100, 100))
    print(clamp_add[True](-100, -100), clamp_add[False](-100, -100))
    print(poly[1, 0, -1](3), poly[2, 3](10), poly[5](99))
    print(size_of[Int32](), size_of[Float64](), size_of[Int8]())
