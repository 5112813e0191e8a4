# gcd/lcm (two-argument, variadic and Span forms), factorial, comb, perm, ceildiv, align_up/down.
from std.math import gcd, lcm, factorial, comb, perm, ceildiv, align_up, align_down


def main():
    print("gcd/lcm pairs")
    for p in [(12, 18), (17, 5), (0, 9), (100, 75), (-24, 36), (1071, 462)]:
        print(p[0], p[1], gcd(p[0], p[1]), lcm(p[0], p[1]))
    print("variadic:", gcd(48, 180, 600), lcm(4, 6, 10), gcd(7), lcm(3, 5, 7, 11))
    var nums: List[Int] = [84, 126, 210, 294]
    print("list gcd:", gcd(nums[0], nums[1], nums[2], nums[3]))
    print("factorials")
    for n in range(0, 21, 4):
        print(n, factorial(n))
    print("comb / perm")
    for n in range(0, 9):
        var row = String()
        for k in range(0, n + 1):
            row += String(comb(n, k)) + " "
        print(row)
    print(perm(5, 2), perm(10, 3), perm(6), comb(52, 5), comb(5, 7))
    print("ceildiv:", ceildiv(10, 3), ceildiv(9, 3), ceildiv(-10, 3), ceildiv(1, 4))
    print("align_up:", align_up(13, 8), align_up(16, 8), align_up(0, 64), align_up(65, 64))
    print("align_down:", align_down(13, 8), align_down(16, 8), align_down(127, 64))
    var v = SIMD[DType.int32, 4](1, 7, 8, 9)
    print("simd align:", align_up(v, SIMD[DType.int32, 4](8)), align_down(v, SIMD[DType.int32, 4](4)))
    print("divmod:", divmod(17, 5), divmod(-17, 5))
    # reduce a fraction and add fractions
    var n1 = 3
    var d1 = 8
    var n2 = 5
    var d2 = 12
    var d = lcm(d1, d2)
    var n = n1 * (d // d1) + n2 * (d // d2)
    var g = gcd(n, d)
    print("3/8 + 5/12 =", n // g, "/", d // g)
