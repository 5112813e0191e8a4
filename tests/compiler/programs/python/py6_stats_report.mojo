# Mojo computes, Python formats: a statistics report that passes Mojo lists to
# Python's statistics and json modules and reads the results back.
from std.python import Python, PythonObject


def to_py_list(xs: List[Float64]) raises -> PythonObject:
    var out = Python.list()
    for x in xs:
        out.append(x)
    return out


def main() raises:
    var stats = Python.import_module("statistics")
    var json = Python.import_module("json")
    var builtins = Python.import_module("builtins")
    var data: List[Float64] = [2.5, 3.5, 1.0, 4.0, 4.0, 7.25, 3.0, 9.5]
    var py_data = to_py_list(data)
    print("python list:", py_data, "len", len(py_data))
    var mean = Float64(py=stats.mean(py_data))
    var med = Float64(py=stats.median(py_data))
    var sd = Float64(py=stats.pstdev(py_data))
    var mode = stats.mode(py_data)
    print("mean", mean, "median", med, "mode", mode)
    print("pstdev", round(sd, 6))
    var mojo_mean = 0.0
    for x in data:
        mojo_mean += x
    mojo_mean /= Float64(len(data))
    print("mojo mean agrees:", abs(mojo_mean - mean) < 1e-12)
    var report = Python.dict()
    report["count"] = len(data)
    report["mean"] = mean
    report["max"] = builtins.max(py_data)
    report["sorted"] = builtins.sorted(py_data, reverse=True)
    report["label"] = "sample-1"
    print(json.dumps(report, sort_keys=True))
    print(json.dumps(report, indent=2, sort_keys=True))
    var back = json.loads('{"a": [1, 2, 3], "b": {"c": 2.5}, "d": null, "e": true}')
    var total = 0
    for v in back["a"]:
        total += Int(py=v)
    print("sum a:", total, "b.c:", Float64(py=back["b"]["c"]), "d is None:", back["d"] is None, "e:", Bool(py=back["e"]))
    var q = stats.quantiles(py_data, n=4)
    print("quartiles:", q)
    try:
        _ = stats.mean(Python.list())
    except e:
        print("caught:", e)
