# The 2023 programming manual's parametric SIMD tour: automatic parameterization over SIMD,
# the 2024 attribute names (element_type, type, SIMD[...].size), AnyRegType containers,
# StringRef arguments, Float64 mixed into Float32 vectors, and Python.is_type.
from memory.unsafe import Pointer
from python import Python
from python.object import PythonObject
from math import iota

fn describe(vec: SIMD):
    print("  dtype:", vec.type, "| element_type:", vec.element_type, "| size:", vec.size)

struct Ring[T: AnyRegType]:
    var data: Pointer[T]
    var size: Int

    fn __init__(inout self, size: Int, value: T):
        self.size = size
        self.data = Pointer[T].alloc(size)
        for i in range(size):
            self.data[i] = value

    fn put(inout self, i: Int, value: T):
        self.data[i % self.size] = value

    fn __getitem__(self, i: Int) -> T:
        return self.data[i % self.size]

    fn __del__(owned self):
        self.data.free()

fn label(name: StringRef, value: Int) -> String:
    return String(name) + "=" + String(value)

fn ramp[w: Int](start: Float32, step: Float64) -> SIMD[DType.float32, w]:
    return start + iota[DType.float32, w]() * step

fn count_missing(keys: PythonObject, table: PythonObject) raises -> Int:
    var missing = 0
    let n: Int = keys.__len__().__index__()
    for i in range(n):
        if Python.is_type(table.get(keys[i]), Python.none()):
            missing += 1
    return missing

fn main() raises:
    print("float32 x 4:")
    describe(SIMD[DType.float32, 4](1, 2, 3, 4))
    print("uint8 x 16:")
    describe(SIMD[DType.uint8, 16](7))
    print("int64 scalar:")
    let one: Int64 = 1
    describe(one)
    print("static sizes:", SIMD[DType.float16, 8].size, SIMD[DType.int32, 2].size)

    var r = Ring[Float32](3, 0.5)
    r.put(4, 2.25)
    r.put(5, -1.0)
    print("ring:", r[0], r[1], r[2], r[3])
    var flags = Ring[Bool](2, False)
    flags.put(1, True)
    print("flags:", flags[0], flags[1], flags[2])

    print(label("rows", 12), label("cols", 7))
    print("ramp:", ramp[4](1.5, 0.25), ramp[2](-1.0, 2.0))

    let table = Python.dict()
    table["apple"] = 3
    table["pear"] = 5
    let keys: PythonObject = ["apple", "fig", "pear", "kiwi"]
    print("missing keys:", count_missing(keys, table))
