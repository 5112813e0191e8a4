# Casting between dtypes: truncation, saturation-free wraparound, float->int rounding toward zero.


def main():
    var f = SIMD[DType.float32, 8](-2.7, -1.5, -0.4, 0.0, 0.6, 1.5, 2.5, 300.9)
    print("to int32:", f.cast[DType.int32]())
    print("to uint8 (in range):", SIMD[DType.float32, 4](0, 1.9, 200.2, 255).cast[DType.uint8]())
    var i = SIMD[DType.int32, 4](-1, 256, 65537, 1 << 30)
    print("int32 -> int8:", i.cast[DType.int8](), "-> uint16:", i.cast[DType.uint16]())
    print("int32 -> float64:", i.cast[DType.float64]())
    print("bool -> int:", SIMD[DType.bool, 4](True, False, True, False).cast[DType.int32]())
    print("int -> bool:", SIMD[DType.int16, 4](0, 3, -1, 0).cast[DType.bool]())
    var big = Float64(1e10)
    print("Float64 -> Float32:", Float32(big), Float32(0.1), Float64(Float32(0.1)))
    print("Float16:", Float16(3.14159), Float16(65504.0), Float32(Float16(0.1)))
    print("UInt8 wrap:", UInt8(250) + UInt8(10), Int8(127) + Int8(1), UInt16(0) - UInt16(1))
    print("scalar casts:", Int(Float64(-3.99)), Int(UInt8(200)), Int64(Int32(-5)), UInt32(Int32(-1)))
