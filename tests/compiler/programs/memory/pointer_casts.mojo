# Pointer conversions that only change what the type system knows (immutability, origin) and
# reinterpreting the pointee type; copies and offsets between pointers.

def total(p: UnsafePointer[mut=False, Int, _], n: Int) -> Int:
    var s = 0
    for i in range(n):
        s += p[unsafe_offset=i]
    return s

def main():
    var p = alloc[Int](3)
    for i in range(3):
        p[unsafe_offset=i] = i + 1
    var imm = p.as_imm()
    print(total(imm, 3), imm[unsafe_offset=2])
    var any = p.as_unsafe_any_origin()
    any[unsafe_offset=0] = 10
    print(p[], total(p, 3))
    var q = p.copy()
    print(q == p, p.offset_from(p.unsafe_offset(2)))
    var raw = p.unsafe_bitcast[UInt8]()
    print(raw[unsafe_offset=0], Int(raw) == Int(p))
    p.unsafe_free()
