# An inventory tracker that keeps data in Mojo structs but uses Python's json
# module to serialize a report and parse an incoming order.
from std.python import Python, PythonObject


@fieldwise_init
struct Item(Copyable, Writable):
    var sku: String
    var name: String
    var qty: Int
    var price: Float64

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.sku, " ", self.name, " qty=", self.qty, " @", self.price)


def to_python(items: List[Item]) raises -> PythonObject:
    var out = Python.list()
    for it in items:
        var d = Python.dict()
        d["sku"] = it.sku
        d["qty"] = it.qty
        d["price"] = it.price
        out.append(d)
    return out


def main() raises:
    var json = Python.import_module("json")
    var items: List[Item] = [
        Item("A1", "bolt", 120, 0.25),
        Item("B2", "nut", 80, 0.1),
        Item("C3", "gear", 5, 12.5),
    ]
    var order = json.loads('{"lines": [{"sku": "A1", "qty": 20}, {"sku": "C3", "qty": 9}, {"sku": "Z9", "qty": 1}]}')
    for line in order["lines"]:
        var sku = String(line["sku"])
        var qty = Int(py=line["qty"])
        var matched = False
        for ref it in items:
            if it.sku == sku:
                matched = True
                if it.qty >= qty:
                    it.qty -= qty
                    print("shipped", qty, it.name)
                else:
                    print("backorder", sku, "short by", qty - it.qty)
        if not matched:
            print("unknown sku", sku)
    for it in items:
        print(it)
    var report = to_python(items)
    print(json.dumps(report, sort_keys=True))
    var value = 0.0
    for it in items:
        value += Float64(it.qty) * it.price
    print("stock value:", value)
