# bitcast between dtypes (same and different widths), to_bits, and inspecting float encodings.
from std.memory import bitcast


def main():
    var one = Float32(1.0)
    print("1.0f bits:", hex(bitcast[DType.uint32](one)))
    print("-2.5 bits:", hex(bitcast[DType.uint64](Float64(-2.5))))
    print("back:", bitcast[DType.float32](UInt32(0x40490FDB)), bitcast[DType.float64](UInt64(0x3FF0000000000000)))
    var v = SIMD[DType.float32, 4](1.0, -1.0, 0.5, 2.0)
    print("lanes as u32:", bitcast[DType.uint32, 4](v))
    print("to_bits:", v.to_bits())
    var wide = bitcast[DType.uint64, 2](v)
    print("4 x f32 as 2 x u64:", wide)
    var bytes = bitcast[DType.uint8, 8](UInt64(0x0102030405060708))
    print("u64 as bytes:", bytes)
    var back = bitcast[DType.uint64, 1](bytes)
    print("bytes as u64:", hex(back))
    var halves = bitcast[DType.uint16, 4](UInt64(0xAAAABBBBCCCCDDDD))
    print("u64 as 4 x u16:", halves)
    var signed = bitcast[DType.int8, 4](UInt32(0xFF80017F))
    print("u32 as 4 x i8:", signed)
    # fast inverse square root with the classic constant
    var x = Float32(4.0)
    var i = bitcast[DType.int32](x)
    i = 0x5F3759DF - (i >> 1)
    var y = bitcast[DType.float32](i)
    y = y * (1.5 - 0.5 * x * y * y)
    print("approx 1/sqrt(4):", y)
    # decompose doubles into sign, exponent and mantissa
    for d in [1.0, -3.0, 0.15625, 1024.5]:
        var bits = bitcast[DType.uint64](Float64(d))
        var sign = bits >> 63
        var expo = Int((bits >> 52) & 0x7FF) - 1023
        var mant = bits & 0xFFFFFFFFFFFFF
        print(d, "sign", sign, "exp", expo, "mantissa", hex(mant))
