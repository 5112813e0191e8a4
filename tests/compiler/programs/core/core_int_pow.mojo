def main():
    var z = 0
    var m = -1
    var e = -3
    var e2 = -2
    print(m ** e, m ** e2, 1 ** e, (-1) ** -2, (-1) ** -3, z ** 0)
    var i8 = Int8(-1)
    print(i8 ** Int8(-5), Int8(2) ** Int8(-1), Int8(3) ** Int8(4))
    var a = 2
    var n = -1
    print(a ** n, 2 ** -1, 2 ** -2, 1 ** -1, (-1) ** -1, a ** 0)
    print(3 ** 40, 2 ** 63, 2 ** 64)
    var f = 2.0
    print(f ** -1, f ** 3)
