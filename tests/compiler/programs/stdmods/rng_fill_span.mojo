# rand, randint and randn over a List's memory (a Span, or its pointer).
from std.random import seed, rand, randint, randn


def main():
    seed(7)
    var xs = List[Float64](length=5, fill=0.0)
    rand(Span(xs))
    print(xs)
    rand(Span(xs), min=100.0, max=200.0)
    print(xs)
    var ks = List[Int64](length=6, fill=0)
    randint(Span(ks), -9, 9)
    print(ks)
    randint[DType.int64](ks.unsafe_ptr(), 3, 1000, 2000)
    print(ks)
    var ws = List[UInt16](length=4, fill=0)
    rand(Span(ws), min=0.0, max=100000.0)
    print(ws)
    randn(Span(xs), 10.0, 0.5)
    print(xs)
    var fs = List[Float32](length=3, fill=0.0)
    randn(Span(fs))
    print(Float64(fs[0]), Float64(fs[1]), Float64(fs[2]))
