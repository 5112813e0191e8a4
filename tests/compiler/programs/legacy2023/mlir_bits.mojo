# A boolean and a small counter built from inline MLIR, the way the 2023 notebooks did it.
alias High = Bit(__mlir_attr.true)
alias Low: Bit = __mlir_attr.false


@register_passable("trivial")
struct Bit:
    var raw: __mlir_type.i1

    fn __init__(inout self):
        self = Low

    fn __init__(inout self, raw: __mlir_type.i1):
        self.raw = raw

    fn __mlir_i1__(self) -> __mlir_type.i1:
        return self.raw

    fn __eq__(self, other: Bit) -> Self:
        let a = __mlir_op.`index.casts`[_type=__mlir_type.index](self.raw)
        let b = __mlir_op.`index.casts`[_type=__mlir_type.index](other.raw)
        return Self(__mlir_op.`index.cmp`[pred=__mlir_attr.`#index<cmp_predicate eq>`](a, b))

    fn __invert__(self) -> Self:
        return Low if self == High else High

    fn __and__(self, other: Bit) -> Self:
        return other if self else Low

    fn __or__(self, other: Bit) -> Self:
        return High if self else other


@register_passable("trivial")
struct Counter:
    var n: __mlir_type.index

    fn __init__(inout self, start: Int):
        self.n = __mlir_op.`index.casts`[_type=__mlir_type.index](start)

    fn bump(inout self, by: Int):
        self.n = __mlir_op.`index.add`(self.n, __mlir_op.`index.casts`[_type=__mlir_type.index](by))

    fn value(self) -> Int:
        return Int(self.n)


fn show(name: StringLiteral, b: Bit):
    if b:
        print(name, "is high")
    else:
        print(name, "is low")


fn main():
    let x = Bit()
    let y = High
    show("x", x)
    show("y", y)
    show("~x", ~x)
    show("x & y", x & y)
    show("x | y", x | y)
    show("x == Low", x == Low)
    var c = Counter(40)
    c.bump(2)
    print("counter", c.value())
    let z = __mlir_op.`index.bool.constant`[value=__mlir_attr.true]()
    print(Bool(z))
