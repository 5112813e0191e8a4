from std.python import Python, PythonObject

def main() raises:
    var np = Python.import_module("numpy")
    var arr = np.zeros(Python.tuple(3, 4), dtype=np.float64)
    var p = arr.ctypes.data.unsafe_get_as_pointer[DType.float64]()
    for i in range(12):
        p[i] = Float64(i) * 0.5
    print(arr)
    var q = arr.__array_interface__["data"][0].unsafe_get_as_pointer[DType.float64]()
    q[0] = 99.0
    print(arr[0, 0], p[11])
    var ints = np.arange(5, dtype=np.int32)
    var ip = ints.ctypes.data.unsafe_get_as_pointer[DType.int32]()
    var s: Int32 = 0
    for i in range(5):
        s += ip[i]
    print(s)
