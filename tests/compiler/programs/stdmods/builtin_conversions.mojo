def main() raises:
    print(atol("ff", 16), atol("-42"), atof("3.5e2"))
    print(String(Float32(0.1)), Float64(1) / 3, 1e100)
    print(divmod(17, 5), divmod(-17, 5), 17 // -5, -17 % 5)
    print(hex(255), bin(5), oct(8), hex(-1))
    print(abs(-3), min(3, 1, 2), max(1.5, 2.5), round(2.567, 2), round(2.5), round(3.5))
    print(ord("A"), chr(66), repr("a\tb"), repr(3), repr(2.5))
    print(Bool(0), Bool(3), Bool(""), Bool("x"), Int(True), Float64(True))
    print(len(range(3, 10, 2)), Int(Float64(3.99)), Int(Float64(-3.99)), UInt8(300 % 256))
    var x: Int = 7
    print(String(x), String(x) + "!", x ** 2, 2 ** 10)
