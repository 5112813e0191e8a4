@fieldwise_init
struct Q(Copyable, Writable):
    var a: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Q<", self.a, ">")


@fieldwise_init
struct R(Copyable, Writable, Equatable):
    var q: Q
    var f: Float64
    var xs: List[Int]
    var o: Optional[String]


@fieldwise_init
struct Pair[T: Copyable & Writable & Deinitable](Copyable, Writable):
    var a: Self.T
    var b: Self.T


@fieldwise_init
struct K(KeyElement, Copyable, Writable):
    var id: Int


def main() raises:
    print(Q(1), repr(Q(2)))
    var r = R(Q(3), 1.5, [1, 2], String("s"))
    print(r)
    print(repr(r))
    print(Pair[Int](1, 2), repr(Pair[String]("x", "y")))
    print(K(1) == K(1), K(1) != K(2))
    var pts: List[R] = [R(Q(1), 0.5, List[Int](), None), R(Q(2), 2.5, [7], String("t"))]
    for p in pts:
        print(p)
    var ks: List[K] = [K(3), K(4)]
    print(K(4) in ks, ks.index(K(4)), ks.count(K(9)))
    var d = Dict[K, String]()
    d[K(1)] = "one"
    print(d[K(1)])
