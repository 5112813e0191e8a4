# Lane movement on SIMD vectors: shuffle, slice, insert, join, split, interleave, deinterleave,
# reversed, rotations and shifts.


def main():
    var a = SIMD[DType.int32, 8](0, 1, 2, 3, 4, 5, 6, 7)
    var b = SIMD[DType.int32, 8](10, 11, 12, 13, 14, 15, 16, 17)
    print("a:", a)
    print("reverse by shuffle:", a.shuffle[7, 6, 5, 4, 3, 2, 1, 0]())
    print("evens then odds:", a.shuffle[0, 2, 4, 6, 1, 3, 5, 7]())
    print("two-input shuffle:", a.shuffle[0, 8, 1, 9, 2, 10, 3, 11](b))
    print("reversed:", a.reversed())
    print("slice low:", a.slice[4](), "high:", a.slice[4, offset=4](), "mid:", a.slice[2, offset=3]())
    print("insert:", a.insert[offset=2](SIMD[DType.int32, 2](-1, -2)))
    var j = a.join(b)
    print("join:", j, "len", len(j))
    var halves = b.split()
    print("split:", halves[0], halves[1])
    var lo = SIMD[DType.float32, 4](1, 2, 3, 4)
    var hi = SIMD[DType.float32, 4](-1, -2, -3, -4)
    var il = lo.interleave(hi)
    print("interleave:", il)
    var de = il.deinterleave()
    print("deinterleave:", de[0], de[1])
    print("rotate_left 2:", a.rotate_left[2](), "rotate_right 3:", a.rotate_right[3]())
    print("shift_left 2:", a.shift_left[2](), "shift_right 3:", a.shift_right[3]())
    # complex multiply with interleaved storage: (re, im) pairs
    var z = SIMD[DType.float64, 4](1, 2, 3, -1)
    var w = SIMD[DType.float64, 4](0.5, 0.5, 2, 1)
    var zs = z.deinterleave()
    var ws = w.deinterleave()
    var re = zs[0] * ws[0] - zs[1] * ws[1]
    var im = zs[0] * ws[1] + zs[1] * ws[0]
    print("complex products:", re.interleave(im))
    # a 4x4 transpose built from shuffles
    var r0 = SIMD[DType.int32, 4](1, 2, 3, 4)
    var r1 = SIMD[DType.int32, 4](5, 6, 7, 8)
    var r2 = SIMD[DType.int32, 4](9, 10, 11, 12)
    var r3 = SIMD[DType.int32, 4](13, 14, 15, 16)
    var t0 = r0.shuffle[0, 4, 1, 5](r1)
    var t1 = r2.shuffle[0, 4, 1, 5](r3)
    var t2 = r0.shuffle[2, 6, 3, 7](r1)
    var t3 = r2.shuffle[2, 6, 3, 7](r3)
    print("col0:", t0.shuffle[0, 1, 4, 5](t1))
    print("col1:", t0.shuffle[2, 3, 6, 7](t1))
    print("col2:", t2.shuffle[0, 1, 4, 5](t3))
    print("col3:", t2.shuffle[2, 3, 6, 7](t3))
