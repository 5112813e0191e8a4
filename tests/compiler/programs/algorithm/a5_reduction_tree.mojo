# Reductions over a buffer: pairwise (tree) summation vs naive, plus vectorized min/max/argmax.
from std.algorithm import vectorize


def pairwise(p: UnsafePointer[Float32, MutUntrackedOrigin], n: Int) -> Float32:
    if n <= 4:
        var s: Float32 = 0
        for i in range(n):
            s += p[unsafe_offset=i]
        return s
    var h = n // 2
    return pairwise(p, h) + pairwise(p + h, n - h)


def main():
    comptime n = 1000
    var p = alloc[Float32](n)
    for i in range(n):
        p[unsafe_offset=i] = Float32(0.1) * Float32(i % 7 + 1)
    var naive: Float32 = 0
    for i in range(n):
        naive += p[unsafe_offset=i]
    print("naive:", naive, "pairwise:", pairwise(p, n))

    var lo = SIMD[DType.float32, 8](Float32.MAX)
    var hi = SIMD[DType.float32, 8](-Float32.MAX)
    def mm[w: Int](i: Int) {imm, mut lo, mut hi}:
        comptime if w == 8:
            var v = p.unsafe_load[width=8](i)
            lo = min(lo, v)
            hi = max(hi, v)
        else:
            for k in range(w):
                lo[0] = min(lo[0], p[unsafe_offset=i + k])
                hi[0] = max(hi[0], p[unsafe_offset=i + k])

    vectorize[8](n, mm)
    print("min:", lo.reduce_min(), "max:", hi.reduce_max())
    var best = 0
    for i in range(n):
        if p[unsafe_offset=i] > p[unsafe_offset=best]:
            best = i
    print("argmax:", best)
    p.unsafe_free()
