# The 2023 Playground's Python interop spelling (fn, let, unprefixed and moved modules).
from python import Python
from python.object import PythonObject


fn mean_of(values: PythonObject) raises -> Float64:
    let np = Python.import_module("numpy")
    return np.mean(values).to_float64()


fn main() raises:
    let np = Python.import_module("numpy")
    let arr = np.array([1, 2, 3, 4])
    var total: PythonObject = 0
    for x in arr:
        total = total + x
    print(total, arr.shape, arr.dtype)
    print(mean_of(arr))
    let builtins = Python.import_module("builtins")
    print(builtins.sorted(["pear", "apple", "fig"]))
