# DType properties and the sys queries about sizes and widths.
from std.sys import size_of, align_of, simd_width_of, bit_width_of


def describe[dt: DType]():
    print(dt, "bits:", bit_width_of[dt](), "float:", dt.is_floating_point(), "int:", dt.is_integral(), "signed:", dt.is_signed(), "unsigned:", dt.is_unsigned())


def main():
    describe[DType.int8]()
    describe[DType.uint16]()
    describe[DType.int32]()
    describe[DType.uint64]()
    describe[DType.float16]()
    describe[DType.float32]()
    describe[DType.float64]()
    describe[DType.bool]()
    print("size_of:", size_of[Int](), size_of[Float32](), size_of[UInt8](), size_of[SIMD[DType.float32, 4]]())
    print("align_of:", align_of[Int64](), align_of[Float64]())
    print("simd width >= 1:", simd_width_of[DType.float32]() >= 1, simd_width_of[DType.float64]() >= 1)
    print("max/min:", Int8.MAX, Int8.MIN, UInt8.MAX, Int32.MAX, UInt16.MAX)
    print("float limits:", Float32.MAX, Float64.MIN)
    print("dtype eq:", DType.float32 == DType.float32, DType.int8 == DType.uint8)
