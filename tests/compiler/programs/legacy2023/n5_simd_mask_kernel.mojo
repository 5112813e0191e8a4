# 2023 Mandelbrot-style SIMD kernel: lanewise '<=' gives a mask, the mask's reduce_or ends the loop,
# fma on vectors and (in vectorize's width-1 tail) on scalars; benchmark.run over an instance of a
# parametric closure; iota.
import benchmark
from math import iota
from algorithm import vectorize

alias float_type = DType.float64
alias MAX_ITERS = 50

fn escape_steps[w: Int](cx: SIMD[float_type, w], cy: SIMD[float_type, w]) -> SIMD[float_type, w]:
    var x = SIMD[float_type, w](0)
    var y = SIMD[float_type, w](0)
    var y2 = SIMD[float_type, w](0)
    var iters = SIMD[float_type, w](0)
    var t: SIMD[DType.bool, w] = True
    for i in range(MAX_ITERS):
        if not t.reduce_or():
            break
        y2 = y * y
        y = x.fma(y + y, cy)
        t = x.fma(x, y2) <= 4
        x = x.fma(x, cx - y2)
        iters = t.select(iters + 1, iters)
    return iters

fn main():
    let out = DTypePointer[float_type].alloc(11)
    @parameter
    fn row[w: Int](col: Int):
        let cx = -2.0 + (col + iota[float_type, w]()) * 0.25
        out.simd_store[w](col, escape_steps[w](cx, SIMD[float_type, w](0.125)))
    vectorize[4, row](11)
    for i in range(11):
        print(out.load(i), end=" ")
    print()
    var calls = 0
    @parameter
    fn bench[w: Int]():
        calls += w
    let report = benchmark.run[bench[3]](min_runtime_secs=0.001, max_runtime_secs=0.01)
    print(calls > 0, calls % 3, report.mean() >= 0)
    out.free()
