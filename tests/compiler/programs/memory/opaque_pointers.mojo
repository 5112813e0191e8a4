# Opaque pointers (to NoneType): a typed pointer cast to one and back, passed where any origin goes.

def roundtrip(o: OpaquePointer[MutAnyOrigin]) -> Int:
    return o.bitcast[Int]()[]

def main():
    var p = alloc[Int](1)
    p[] = 42
    var o = p.bitcast[NoneType]().as_unsafe_any_origin()
    print(roundtrip(o))
    var q: MutOpaquePointer[MutAnyOrigin] = o
    print(q.bitcast[Int]()[], Int(q) == Int(p))
    p.unsafe_free()
