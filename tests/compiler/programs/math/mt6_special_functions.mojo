# gamma, lgamma, erf/erfc and factorials: a small special-function table (gamma and lgamma
# rounded to 10 places: their last digits depend on the libm).
from std.math import gamma, lgamma, erf, erfc, factorial, exp, log, sqrt, pi


def main():
    print("n | gamma(n) | (n-1)!")
    for n in range(1, 16):
        print(n, round(gamma(Float64(n)), 3), factorial(n - 1))
    print("half integers")
    for k in range(0, 8):
        var x = Float64(k) + 0.5
        print(x, round(gamma(x), 10), round(lgamma(x), 10))
    print("gamma(0.5)^2 vs pi:", round(gamma(0.5) ** 2, 10), pi)
    print("lgamma large")
    for x in [10.0, 50.0, 100.0, 171.5, 1000.0]:
        print(x, round(lgamma(x), 10))
    print("negative non-integers")
    for x in [-0.5, -1.5, -2.5, -3.7]:
        print(x, round(gamma(x), 10), round(lgamma(x), 10))
    print("erf / erfc")
    for i in range(-6, 7):
        var x = Float64(i) * 0.5
        print(x, erf(x), erfc(x))
    var v = SIMD[DType.float32, 4](0.5, 1.0, 2.5, 4.0)
    print("gamma f32:", round(gamma(v), 4))
    print("lgamma f32:", round(lgamma(v), 4))
    print("erf f32:", erf(v))
    # Stirling's approximation error
    for n in [5, 10, 20]:
        var x = Float64(n)
        var stirling = sqrt(2 * pi * x) * (x / exp(1.0)) ** x
        var exact = Float64(factorial(n))
        print(n, "stirling rel err:", round((exact - stirling) / exact, 6))
    print("log n! via lgamma:", round(lgamma(21.0), 10), round(log(Float64(factorial(20))), 10))
