# Sizes and alignments of types (what alloc and pointer arithmetic are measured in), and questions
# about the compilation target that do not depend on which CPU runs the test.
from std.sys import size_of, align_of, bit_width_of, simd_width_of, simd_bit_width, simd_byte_width
from std.sys import CompilationTarget, is_little_endian, is_big_endian


@fieldwise_init
struct Pixel:
    var r: UInt8
    var g: UInt8
    var b: UInt8


@fieldwise_init
struct Particle:
    var id: Int32
    var mass: Float64
    var alive: Bool


def main():
    print("Int:", size_of[Int](), "Int8:", size_of[Int8](), "Int16:", size_of[Int16](), "Float32:", size_of[Float32]())
    print("DType.float64:", size_of[DType.float64](), "bits of Int32:", bit_width_of[Int32](),
          "bits of DType.uint8:", bit_width_of[DType.uint8]())
    print("align of Int16:", align_of[Int16](), "align of Float64:", align_of[Float64]())
    print("Pixel:", size_of[Pixel](), align_of[Pixel](), "Particle:", size_of[Particle](), align_of[Particle]())
    print("SIMD[float32, 4]:", size_of[SIMD[DType.float32, 4]](), "SIMD[uint8, 16]:", size_of[SIMD[DType.uint8, 16]]())

    var p = alloc[Particle](3)
    print("three particles span", Int(p + 3) - Int(p), "bytes")
    p.unsafe_free()

    print("vector bytes = bits / 8:", simd_byte_width() * 8 == simd_bit_width())
    print("float32 lanes fill a vector:", simd_width_of[DType.float32]() * 4 == simd_byte_width())
    print("uint8 lanes fill a vector:", simd_width_of[DType.uint8]() == simd_byte_width())
    print("at least 128-bit vectors:", simd_bit_width() >= 128)
    print("512-bit vectors exactly with AVX-512:", (simd_bit_width() == 512) == CompilationTarget.has_avx512f())
    print("x86 or ARM:", CompilationTarget.is_x86() != CompilationTarget.is_arm())
    print("AVX2 implies AVX:", not CompilationTarget.has_avx2() or CompilationTarget.has_avx())
    print("little endian:", is_little_endian(), "big endian:", is_big_endian())
    print("a CPU target:", not CompilationTarget().is_gpu())
