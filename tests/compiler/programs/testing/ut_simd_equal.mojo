from std.testing import assert_equal, assert_not_equal, TestSuite


def test_vectors() raises:
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var b = SIMD[DType.int32, 4](1, 2, 3, 4)
    assert_equal(a, b)
    assert_equal(a * 2, SIMD[DType.int32, 4](2, 4, 6, 8))
    assert_not_equal(a, a + 1)


def test_scalars() raises:
    assert_equal(UInt8(255) + 1, UInt8(0))
    assert_equal(Float32(1.5) * 2, Float32(3.0))


def test_vector_mismatch() raises:
    var a = SIMD[DType.float32, 4](0.5, 1.5, 2.5, 3.5)
    assert_equal(a, SIMD[DType.float32, 4](0.5, 1.5, 2.0, 3.5), "lane 2")


def main() raises:
    TestSuite.discover_tests[__functions_in_module()]().run()
