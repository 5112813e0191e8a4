# Python's datetime, itertools and functools from Mojo: date arithmetic,
# combinations/permutations/groupby, reduce with an operator function.
from std.python import Python, PythonObject


def main() raises:
    var dt = Python.import_module("datetime")
    var it = Python.import_module("itertools")
    var ft = Python.import_module("functools")
    var pylist = Python.evaluate("list")
    var op = Python.import_module("operator")
    var d = dt.date(2024, 1, 31)
    var delta = dt.timedelta(days=30)
    print(d, "+30 days =", d + delta, "weekday", d.weekday(), d.strftime("%A %d %B %Y"))
    var launch = dt.datetime(2025, 7, 4, 9, 30, 0)
    var later = launch + dt.timedelta(hours=50, minutes=45)
    print(later.isoformat(), "diff seconds:", (later - launch).total_seconds())
    var days = Int(py=(dt.date(2025, 1, 1) - dt.date(2024, 1, 1)).days)
    print("days in 2024:", days)
    var combos = it.combinations(Python.evaluate("'ABCD'"), 2)
    var n = 0
    var joined = List[String]()
    for c in combos:
        joined.append(String(c[0]) + String(c[1]))
        n += 1
    print("combinations:", n, joined)
    print("permutations(3):", len(pylist(it.permutations(Python.evaluate("range(3)")))))
    var prod = pylist(it.product(Python.evaluate("[0, 1]"), repeat=3))
    print("product:", prod)
    var data = Python.evaluate("['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']")
    var sorted_data = Python.evaluate("sorted")(data)
    for group in it.groupby(sorted_data, key=Python.evaluate("lambda s: s[0]")):
        var members = pylist(group[1])
        print("group", group[0], "->", members, len(members))
    var nums = Python.evaluate("list(range(1, 11))")
    print("reduce add:", ft.reduce(op.add, nums), "reduce mul:", ft.reduce(op.mul, nums))
    print("accumulate:", pylist(it.accumulate(nums)))
    print("chain:", pylist(it.chain(Python.evaluate("[1, 2]"), Python.evaluate("(3, 4)"))))
    var counter = it.count(10, 5)
    var firsts = List[Int]()
    for _ in range(4):
        firsts.append(Int(py=Python.evaluate("next")(counter)))
    print("count:", firsts)
    try:
        _ = dt.date(2023, 2, 29)
    except e:
        print("bad date:", e)
