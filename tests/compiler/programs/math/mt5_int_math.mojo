# Integer math helpers: gcd, lcm, factorial, comb, perm, ceildiv, divmod, align_up/down, isqrt by hand.
from std.math import gcd, lcm, factorial, comb, perm, ceildiv, align_up, align_down


def isqrt(n: Int) -> Int:
    if n < 2:
        return n
    var x = n
    var y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def main():
    print("gcd:", gcd(84, 36), gcd(17, 5), gcd(0, 9))
    print("lcm:", lcm(4, 6), lcm(21, 6))
    for n in range(0, 11, 2):
        print("fact", n, factorial(n))
    print("comb:", comb(10, 3), comb(52, 5), comb(5, 0), "perm:", perm(5, 2), perm(6))
    print("ceildiv:", ceildiv(10, 3), ceildiv(9, 3), ceildiv(-7, 2))
    print("divmod:", divmod(17, 5)[0], divmod(17, 5)[1], divmod(-17, 5)[0], divmod(-17, 5)[1])
    print("align:", align_up(13, 8), align_down(13, 8), align_up(16, 8))
    for n in [0, 1, 15, 16, 17, 1000000, 999999999999]:
        print("isqrt", n, isqrt(n))
