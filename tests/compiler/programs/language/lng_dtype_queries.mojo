# DType queries, Scalar aliases, bit widths, min/max values and bitcast.

from std.memory import bitcast
from std.sys import bit_width_of, size_of


def describe[dt: DType]():
    print(dt, "bits:", bit_width_of[dt](), "float:", dt.is_floating_point(), "int:", dt.is_integral(), "signed:", dt.is_signed())


def main():
    describe[DType.int8]()
    describe[DType.uint16]()
    describe[DType.int64]()
    describe[DType.float32]()
    describe[DType.float64]()
    describe[DType.bool]()
    print(Int8.MAX, Int8.MIN, UInt8.MAX, Int32.MAX, UInt64.MAX)
    print(Scalar[DType.int16](-1).cast[DType.uint16]())
    var f: Float32 = 1.0
    print("bits of 1.0f:", bitcast[DType.uint32](f))
    var u = UInt32(0x40490FDB)
    print("float from bits:", bitcast[DType.float32](u))
    print(DType.int32 == DType.int32, DType.int32 == DType.uint32)
    print(size_of[DType.float64]())
