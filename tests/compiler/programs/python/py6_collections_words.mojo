# Word statistics with Python's collections (Counter, defaultdict, deque,
# OrderedDict) driven from Mojo, results pulled back into Mojo types.
from std.python import Python, PythonObject


def main() raises:
    var collections = Python.import_module("collections")
    var text = "the quick brown fox jumps over the lazy dog the fox barks"
    var words = Python.list()
    for w in text.split(" "):
        words.append(String(w))
    var counter = collections.Counter(words)
    print("top3:", counter.most_common(3))
    print("count(the) =", counter["the"], "count(cat) =", counter["cat"])
    var lengths = collections.defaultdict(Python.evaluate("list"))
    for w in words:
        lengths[len(w)].append(w)
    var keys = Python.evaluate("sorted")(lengths.keys())
    for k in keys:
        print(Int(py=k), "->", lengths[k])
    var dq = collections.deque(maxlen=3)
    for i in range(6):
        dq.append(i * i)
    dq.appendleft(-1)
    print("deque:", dq, "len", len(dq))
    var od = collections.OrderedDict()
    od["z"] = 1
    od["a"] = 2
    od["m"] = 3
    od.move_to_end("z")
    var order = List[String]()
    for k in od:
        order.append(String(k))
    print("ordered keys:", order)
    var mojo_counts = Dict[String, Int]()
    for item in counter.items():
        mojo_counts[String(item[0])] = Int(py=item[1])
    var names = List[String]()
    for k in mojo_counts.keys():
        names.append(k)
    sort(names)
    for n in names:
        if mojo_counts[n] > 1:
            print(n, mojo_counts[n])
    var Point = collections.namedtuple("Point", "x y")
    var p = Point(3, y=4)
    print(p, p.x, p.y, Int(py=p.x) * Int(py=p.y))
    try:
        _ = p.z
    except e:
        print("error:", e)
