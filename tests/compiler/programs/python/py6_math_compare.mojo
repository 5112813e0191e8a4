# Compare Mojo's std.math against Python's math module on a table of inputs,
# plus Python-only functions (comb, perm, isqrt, fsum) called from Mojo.
from std.python import Python, PythonObject
from std.math import sqrt, floor, ceil, log, sin, cos


def main() raises:
    var pm = Python.import_module("math")
    var inputs: List[Float64] = [0.25, 1.0, 2.0, 10.0, 123.456]
    print("x | sqrt | log | sin | cos")
    for x in inputs:
        var ok_sqrt = sqrt(x) == Float64(py=pm.sqrt(x))
        var ok_log = log(x) == Float64(py=pm.log(x))
        var ok_sin = sin(x) == Float64(py=pm.sin(x))
        var ok_cos = cos(x) == Float64(py=pm.cos(x))
        print(x, ok_sqrt, ok_log, ok_sin, ok_cos)
    print("floor/ceil:", floor(-2.5), Int(py=pm.floor(-2.5)), ceil(-2.5), Int(py=pm.ceil(-2.5)))
    print("comb(52,5) =", pm.comb(52, 5), "perm(10,3) =", pm.perm(10, 3))
    print("isqrt(10**20+1) =", pm.isqrt(Python.evaluate("10**20+1")))
    print("factorial(25) =", pm.factorial(25))
    print("gcd:", pm.gcd(1071, 462), "lcm:", pm.lcm(4, 6, 10))
    var vals = Python.list()
    for _ in range(10):
        vals.append(0.1)
    print("fsum:", pm.fsum(vals), "sum:", Python.evaluate("sum")(vals))
    print("pi:", pm.pi, "e:", pm.e, "inf:", pm.inf, "isnan(nan):", pm.isnan(pm.nan))
    print("hypot:", pm.hypot(3, 4), "copysign:", pm.copysign(2, -0.0))
    print("degrees:", round(Float64(py=pm.degrees(pm.pi / 3)), 9))
    try:
        _ = pm.sqrt(-1)
    except e:
        print("math error:", e)
    try:
        _ = pm.factorial(-3)
    except e:
        print("math error:", e)
    var total = 0
    for k in range(0, 11):
        total += Int(py=pm.comb(10, k))
    print("sum of comb(10,k) =", total, "== 2^10:", total == 1 << 10)
