from std.testing import assert_almost_equal


def main() raises:
    assert_almost_equal(0.1 + 0.2, 0.3)
    assert_almost_equal(1.0, 1.0 + 1e-9)
    assert_almost_equal(100.0, 100.5, atol=1.0)
    assert_almost_equal(1000.0, 1001.0, rtol=0.01)
    assert_almost_equal(Float32(2.5), Float32(2.5000001))
    var v = SIMD[DType.float64, 4](1.0, 2.0, 3.0, 4.0)
    var w = SIMD[DType.float64, 4](1.0, 2.0, 3.0, 4.0 + 1e-12)
    assert_almost_equal(v, w)
    try:
        assert_almost_equal(1.0, 1.1)
    except e:
        var text = String(e)
        print(text[byte=text.find("AssertionError"):])
    try:
        assert_almost_equal(3.0, 4.0, "far apart", atol=0.5)
    except e:
        var text = String(e)
        print(text[byte=text.find("AssertionError"):])
    print("done")
