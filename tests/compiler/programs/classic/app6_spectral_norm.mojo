# Spectral norm (benchmark game) for several sizes, with the matrix entries
# computed by a closure-free helper and power iteration.
from std.math import sqrt


def a(i: Int, j: Int) -> Float64:
    return 1.0 / Float64((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v: List[Float64], mut out: List[Float64]):
    var n = len(v)
    for i in range(n):
        var s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out[i] = s


def mul_atv(v: List[Float64], mut out: List[Float64]):
    var n = len(v)
    for i in range(n):
        var s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out[i] = s


def mul_atav(v: List[Float64], mut out: List[Float64], mut tmp: List[Float64]):
    mul_av(v, tmp)
    mul_atv(tmp, out)


def spectral_norm(n: Int) -> Float64:
    var u = List[Float64](length=n, fill=1.0)
    var v = List[Float64](length=n, fill=0.0)
    var tmp = List[Float64](length=n, fill=0.0)
    for _ in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    var vbv = 0.0
    var vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return sqrt(vbv / vv)


def main():
    print("a(0,0..4):", a(0, 0), a(0, 1), a(0, 2), a(0, 3), a(0, 4))
    for n in [1, 2, 10, 100, 250]:
        var r = spectral_norm(n)
        print("n =", n, "norm =", round(r, 9))
