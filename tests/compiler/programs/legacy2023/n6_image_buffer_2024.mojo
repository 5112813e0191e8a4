# Early-2024 RayTracing style: a pixel buffer of register-passable Vec3
# values, copied into a NumPy array through a pointer made from the array's address
# (UnsafePointer(address=int(...))), and the 2024 builtins int() and str().
from python import Python
from python import PythonObject
from memory.unsafe_pointer import UnsafePointer

@register_passable("trivial")
struct Vec3:
    var data: SIMD[DType.float32, 4]

    fn __init__(inout self, x: Float32, y: Float32, z: Float32):
        self.data = SIMD[DType.float32, 4](x, y, z, 0)

struct Pixels:
    var px: UnsafePointer[Vec3]
    var height: Int
    var width: Int

    fn __init__(inout self, height: Int, width: Int):
        self.height = height
        self.width = width
        self.px = UnsafePointer[Vec3].alloc(height * width)

    fn __del__(owned self):
        print("freeing", self.height, "x", self.width)
        self.px.free()

    fn set(self, row: Int, col: Int, v: Vec3):
        self.px[row * self.width + col] = v

    def to_numpy(self) -> PythonObject:
        var np = Python.import_module("numpy")
        var arr = np.zeros((self.height, self.width, 3), np.float32)
        var out = UnsafePointer[Float32](address=int(arr.__array_interface__["data"][0]))
        var src = self.px.bitcast[Float32]()
        for i in range(self.height * self.width):
            for d in range(3):
                out[i * 3 + d] = src[i * 4 + d]
        return arr

def main():
    var img = Pixels(3, 4)
    for r in range(img.height):
        for c in range(img.width):
            img.set(r, c, Vec3(Float32(r) / 2, Float32(c) / 4, 1))
    print(str(img.width) + "px wide")
    var arr = img.to_numpy()
    print(arr.shape, str(arr.dtype))
    print(arr[1][2])
    print("sum:", str(arr.sum()), "max:", int(arr.argmax()))
    var rows = int(arr.shape[0])
    print("rows * 10 =", rows * 10)
