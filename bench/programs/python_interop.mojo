# Mojo -> Python call costs and the zero-copy numpy path (issue 10), timed inside the program.
# Prints: name<TAB>result<TAB>seconds (best of REPS). argv: N (calls), SIDE (array side), REPS.
from std.python import Python, PythonObject
from std.sys import argv
from std.time import perf_counter_ns


def method_calls(n: Int) raises -> Int:
    var x: PythonObject = 12345
    var total = 0
    for _ in range(n):
        total += Int(py=x.bit_length())
    return total


def attribute_gets(n: Int) raises -> Int:
    var x: PythonObject = 12345
    var last: PythonObject = 0
    for _ in range(n):
        last = x.real
    return Int(py=last)


def fill_numpy(side: Int) raises -> Int:
    var np = Python.import_module("numpy")
    var arr = np.zeros(Python.tuple(side, side), dtype=np.float64)
    var p = arr.ctypes.data.unsafe_get_as_pointer[DType.float64]()
    for i in range(side):
        for j in range(side):
            p[i * side + j] = Float64(i ^ j) * 0.5
    return Int(py=arr.sum())


def fill_list(side: Int) raises -> Int:
    var xs = List[Float64](length=side * side, fill=0.0)
    for i in range(side):
        for j in range(side):
            xs[i * side + j] = Float64(i ^ j) * 0.5
    var s = 0.0
    for v in xs:
        s += v
    return Int(s)


def main() raises:
    var args = argv()
    var n = atol(args[1])
    var side = atol(args[2])
    var reps = atol(args[3])
    for name in ["method_call", "attribute_get", "fill_numpy", "fill_list"]:
        var best = Float64(1e30)
        var result = 0
        for _ in range(reps):
            var t0 = perf_counter_ns()
            if name == "method_call":
                result = method_calls(n)
            elif name == "attribute_get":
                result = attribute_gets(n)
            elif name == "fill_numpy":
                result = fill_numpy(side)
            else:
                result = fill_list(side)
            best = min(best, Float64(perf_counter_ns() - t0) / 1e9)
        print(name, result, best, sep="\t")
