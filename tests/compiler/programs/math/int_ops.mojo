def main():
    print(7 // 2, -7 // 2, 7 % 3, -7 % 3)
    var a = 17
    var b = 5
    print(a // b, a % b, a / b, -a // b)
    print(divmod(a, b))
    print(2 ** 16, 3 ** 3)
    print(a & b, a | b, a ^ b, a << 2, a >> 1, ~a)
    print(Int.MAX, Int.MIN)
    print(UInt8(250) + UInt8(10))
    var f = 3.99
    print(Int(f), Int(-f), Float64(7) / 2)
    print(abs(-9))
    print(max(1, 5, 3), min(4, 2, 8))
    print(Int32(100) * Int32(3), UInt64(1) << 40)
    print(hex(255), bin(5), oct(8))
