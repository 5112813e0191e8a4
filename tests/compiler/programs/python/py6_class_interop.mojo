# Python classes driven from Mojo: a Python-defined inventory class, attribute
# access and mutation, setattr/getattr/hasattr, dunder methods, exceptions with
# custom types, and results copied into Mojo structs.
from std.python import Python, PythonObject


@fieldwise_init
struct Row(Copyable, Writable):
    var name: String
    var qty: Int
    var price: Float64

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, ":", self.qty, "@", self.price)


def main() raises:
    var builtins = Python.import_module("builtins")
    var ns = Python.dict()
    builtins.exec("""
class OutOfStock(Exception):
    pass

class Store:
    def __init__(self, name):
        self.name = name
        self.items = {}
    def add(self, item, qty, price=1.0):
        self.items[item] = [qty, price]
        return len(self.items)
    def take(self, item, qty):
        have = self.items.get(item, [0, 0])[0]
        if have < qty:
            raise OutOfStock(f"{item}: want {qty}, have {have}")
        self.items[item][0] -= qty
    def __len__(self):
        return sum(v[0] for v in self.items.values())
    def __repr__(self):
        return f"Store({self.name!r}, {len(self.items)} kinds)"
""", ns)
    var store = ns["Store"]("corner")
    print(store, "name:", store.name)
    _ = store.add("tea", 10, price=3.5)
    _ = store.add("milk", 4)
    print("kinds:", store.add("jam", 2, price=4.25), "units:", len(store))
    for req in [("tea", 3), ("milk", 5), ("jam", 2), ("bread", 1)]:
        try:
            store.take(req[0], req[1])
            print("took", req[1], req[0])
        except e:
            print("failed:", e)
    var rows = List[Row]()
    for key in Python.evaluate("sorted")(store.items):
        var v = store.items[key]
        rows.append(Row(String(key), Int(py=v[0]), Float64(py=v[1])))
    for r in rows:
        print(r)
    builtins.setattr(store, "owner", "kim")
    print("owner:", builtins.getattr(store, "owner"), "hasattr cash:", builtins.hasattr(store, "cash"))
    print("type:", builtins.type(store).__name__, "isinstance:", builtins.isinstance(store, ns["Store"]))
    store.name = "big corner"
    print(store)
    try:
        _ = store.missing_attr
    except e:
        print("attr error:", e)
