# Early-2023 names, struct literals, static-style constructors and line layout.
from DType import DType
from Math import sqrt
from IO import print


struct Pair:
    var a: Int
    var b: Int

    fn __init__(a: Int, b: Int) -> Self:
        return Self {a: a, b: b}

    fn sum(self) -> Int:
        return self.a + self.b


fn scaled[n: Int](x: Int) -> Int:
    return x * n


fn main():
    let a: F32 = 2.0
    let b: SI8 = 5
    let v = SIMD[DType.f32, 4].splat(1.5)
    print(v, v.size, sqrt(a), b)
    let p = Pair(1, 2)
    let ok = p.a == 2 or
        p.b == 2
    let r = scaled[3]
        (p.sum())
    print(p.sum(), ok, r)
