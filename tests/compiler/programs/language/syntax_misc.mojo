"""Syntax that Mojo 1.2 programs use: docstrings, line continuations, parameter lists with
positional-only, keyword-only, variadic and infer-only parameters, `_` in unpacking."""


def pair() -> Tuple[Int, String, Float64]:
    """Three values to unpack."""
    return (1, "two", 3.0)


def kw(a: Int, /, b: Int, *, c: Int = 3) -> Int:
    return a + b * 10 + c * 100


def total(*nums: Int) -> Int:
    var s = 0
    for n in nums:
        s += n
    return s


def scale[dtype: DType, //, factor: Int](x: Scalar[dtype]) -> Scalar[dtype]:
    return x * Scalar[dtype](factor)


def describe[*, verbose: Bool = False](x: Int) -> String:
    if verbose:
        return "the number " + String(x)
    return String(x)


def main():
    print(-0.0, 0.0, -(-0.0))
    var neg: Float32 = -0.0
    print(neg, -1.5)
    var z = 1 + \
        2 + \
        3
    print(z)
    var long_name = String("con") + \
        "tinued"
    print(long_name)
    var a, b, _ = pair()
    print(a, b)
    var c: Float64
    _, _, c = pair()
    print(c)
    print(kw(1, 2), kw(1, b=2, c=4))
    print(total(), total(1, 2, 3))
    print(scale[3](Float32(1.5)), scale[2](Int64(21)))
    print(describe(4), describe[verbose=True](5))
    debug_assert(a == 1, "a must be 1")
    print("done")
