# 2023 notebooks: a @parameter closure calls a sibling closure (Mandelbrot's bench calling worker),
# also through parallelize and vectorize, and as a parametric closure benchmarked per width.
from algorithm import parallelize

fn main():
    let n = 6
    let out = DTypePointer[DType.int64].alloc(n)
    var calls = 0

    @parameter
    fn worker(row: Int):
        out.store(row, row * row + 1)

    @parameter
    fn bench():
        for row in range(n):
            worker(row)
        calls += 1

    @parameter
    fn bench_parallel[w: Int]():
        parallelize[worker](n, n)
        calls += w

    bench()
    bench_parallel[10]()
    var total = 0
    for i in range(n):
        total += out.load(i).to_int()
    print(total, calls)
    out.free()
