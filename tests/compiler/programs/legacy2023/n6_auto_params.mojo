# Early-2024 Matmul style: functions over `Grid` without its parameters (automatically
# parameterized), a compile-time parameter of type `fn(Grid, Grid) -> None` given such a
# function, and vectorize[body, width, size=n]() with a static size and an unroll factor.
from memory.unsafe import DTypePointer
from algorithm import vectorize

alias dt = DType.float32
alias nelts = 4

struct Grid[rows: Int, cols: Int]:
    var data: DTypePointer[dt]

    fn __init__(inout self, start: Float32):
        self.data = DTypePointer[dt].alloc(rows * cols)
        for i in range(rows * cols):
            self.data.store(i, start + Float32(i))

    fn __getitem__(self, y: Int, x: Int) -> Float32:
        return self.data.load(y * cols + x)

    fn __setitem__(self, y: Int, x: Int, v: Float32):
        self.data.store(y * cols + x, v)

    fn load[w: Int](self, y: Int, x: Int) -> SIMD[dt, w]:
        return self.data.simd_load[w](y * cols + x)

    fn store[w: Int](self, y: Int, x: Int, v: SIMD[dt, w]):
        self.data.simd_store[w](y * cols + x, v)

fn describe(g: Grid):
    print("grid", g.rows, "x", g.cols, "first", g[0, 0], "last", g[g.rows - 1, g.cols - 1])

fn add_scalar(A: Grid, B: Grid):
    for y in range(A.rows):
        for x in range(A.cols):
            A[y, x] = A[y, x] + B[y, x]

fn add_vector(A: Grid, B: Grid):
    for y in range(A.rows):
        @parameter
        fn body[w: Int](x: Int):
            A.store[w](y, x, A.load[w](y, x) + B.load[w](y, x))
        vectorize[body, nelts, size = A.cols]()

fn add_unrolled(A: Grid, B: Grid):
    for y in range(A.rows):
        @parameter
        fn body[w: Int](x: Int):
            A.store[w](y, x, A.load[w](y, x) * 2 + B.load[w](y, x))
        vectorize[body, nelts, size = A.cols, unroll_factor = 2]()

fn row_sums(g: Grid) -> Float32:
    var total: Float32 = 0
    for y in range(g.rows):
        var row: Float32 = 0
        for x in range(g.cols):
            row += g[y, x]
        print("  row", y, "sum", row)
        total += row
    return total

fn run[func: fn (Grid, Grid) -> None](name: StringRef):
    var A = Grid[3, 10](1.0)
    var B = Grid[3, 10](100.0)
    func(A, B)
    print(name, "->", A[0, 0], A[1, 5], A[2, 9])
    print("total", row_sums(A))
    A.data.free()
    B.data.free()

fn main():
    var small = Grid[2, 3](0.5)
    describe(small)
    describe(Grid[4, 1](-2.0))
    run[add_scalar]("scalar")
    run[add_vector]("vector")
    run[add_unrolled]("unrolled")
    small.data.free()
