def main():
    print((1, 2) < (1, 3), (2, 0) > (1, 9), (1, 2) <= (1, 2), (3, 1) >= (3, 2), (1, 2) > (1, 2))
    var p = (1, "b")
    var q = (1, "a")
    print(p < q, p > q, q <= p, p >= p)
    var r = (2.5, 1, "z")
    var s = (2.5, 1, "zz")
    print(r < s, s < r, r <= r)
