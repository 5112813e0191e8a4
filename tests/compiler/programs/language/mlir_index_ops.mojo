def main():
    var a = __mlir_op.`index.constant`[value=__mlir_attr.`17 : index`]()
    var b = __mlir_op.`index.constant`[value=__mlir_attr.`-5 : index`]()
    print(Int(mlir_value=__mlir_op.`index.add`(a, b)), Int(mlir_value=__mlir_op.`index.sub`(a, b)),
          Int(mlir_value=__mlir_op.`index.mul`(a, b)))
    print(Int(mlir_value=__mlir_op.`index.divs`(a, b)), Int(mlir_value=__mlir_op.`index.rems`(a, b)))
    print(Int(mlir_value=__mlir_op.`index.maxs`(a, b)), Int(mlir_value=__mlir_op.`index.mins`(a, b)))
    print(Int(mlir_value=__mlir_op.`index.and`(a, b)), Int(mlir_value=__mlir_op.`index.or`(a, b)),
          Int(mlir_value=__mlir_op.`index.xor`(a, b)))
    var two = __mlir_op.`index.constant`[value=__mlir_attr.`2 : index`]()
    print(Int(mlir_value=__mlir_op.`index.shl`(a, two)), Int(mlir_value=__mlir_op.`index.shrs`(b, two)))
    print(Bool(__mlir_op.`index.cmp`[pred=__mlir_attr.`#index<cmp_predicate<slt>>`](b, a)),
          Bool(__mlir_op.`index.cmp`[pred=__mlir_attr.`#index<cmp_predicate<sge>>`](b, a)),
          Bool(__mlir_op.`index.cmp`[pred=__mlir_attr.`#index<cmp_predicate<ne>>`](b, a)),
          Bool(__mlir_op.`index.cmp`[pred=__mlir_attr.`#index<cmp_predicate<ult>>`](b, a)))
    var t = __mlir_op.`index.bool.constant`[value=__mlir_attr.true]()
    var as_index = __mlir_op.`index.casts`[_type=__mlir_type.index](t)
    print(Int(mlir_value=as_index), Bool(t))
