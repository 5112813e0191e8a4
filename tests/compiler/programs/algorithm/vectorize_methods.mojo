# vectorize inside methods: closures that capture self (and a local accumulator).

from std.algorithm import vectorize, map


struct Matrix(Writable):
    var data: UnsafePointer[Float32, MutUntrackedOrigin]
    var rows: Int
    var cols: Int

    def __init__(out self, rows: Int, cols: Int):
        self.data = alloc[Float32](rows * cols)
        self.rows = rows
        self.cols = cols
        for i in range(rows * cols):
            self.data[unsafe_offset=i] = Float32(i)

    def __deinit__(deinit self):
        self.data.unsafe_free()

    def scale(mut self, k: Float32):
        def body[w: Int](i: Int) {imm}:
            self.data.unsafe_store(i, self.data.unsafe_load[width=w](i) * k)
        vectorize[8](self.rows * self.cols, body)

    def row_sum(self, r: Int) -> Float32:
        var acc: Float32 = 0
        def add[w: Int](j: Int) {imm, mut acc}:
            acc += self.data.unsafe_load[width=w](r * self.cols + j).reduce_add()
        vectorize[4](self.cols, add)
        return acc

    def write_to(self, mut writer: Some[Writer]):
        for r in range(self.rows):
            for c in range(self.cols):
                writer.write(self.data[unsafe_offset=r * self.cols + c], " ")
            writer.write("\n")


def main():
    var m = Matrix(3, 5)
    m.scale(2)
    print(m, end="")
    for r in range(3):
        print("row", r, m.row_sum(r))
