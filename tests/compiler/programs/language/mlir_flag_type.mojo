comptime Yes = Flag(__mlir_attr.true)
comptime No = Flag(__mlir_attr.false)


struct Flag(ImplicitlyCopyable, TrivialRegisterPassable):
    var value: __mlir_type.i1

    def __init__(out self):
        self = No

    def __init__(out self, value: __mlir_type.i1):
        self.value = value

    def __bool__(self) -> Bool:
        return Bool(self.value)

    def __eq__(self, rhs: Flag) -> Self:
        var l = __mlir_op.`index.casts`[_type=__mlir_type.index](self.value)
        var r = __mlir_op.`index.casts`[_type=__mlir_type.index](rhs.value)
        return Self(__mlir_op.`index.cmp`[pred=__mlir_attr.`#index<cmp_predicate<eq>>`](l, r))

    def __invert__(self) -> Self:
        return No if self == Yes else Yes

def main():
    var f = Flag()
    var t = Yes
    if t: print("yes")
    if ~f: print("not f")
    var z = __mlir_op.`index.bool.constant`[value=__mlir_attr.false]()
    print(Bool(z))
    var a = __mlir_op.`index.constant`[value=__mlir_attr.`7 : index`]()
    var b = __mlir_op.`index.add`(a, a)
    print(Int(mlir_value=b))
