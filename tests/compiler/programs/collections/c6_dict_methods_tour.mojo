# Every Dict method on a small stock-price table.


def show(label: String, d: Dict[String, Int]):
    var line = label + " {"
    var first = True
    for e in d.items():
        if not first:
            line += ", "
        first = False
        line += e.key + ": " + String(e.value)
    print(line + "} len", len(d))


def main() raises:
    var prices = Dict[String, Int]()
    prices["apple"] = 170
    prices["pear"] = 90
    prices["plum"] = 45
    show("start", prices)
    print("get apple:", prices.get("apple").value())
    print("get kiwi is None:", prices.get("kiwi") is None)
    print("get kiwi default:", prices.get("kiwi", -1))
    print("find pear:", prices.find("pear").value())
    print("contains plum:", "plum" in prices, "contains fig:", "fig" in prices)
    var p = prices.pop("pear")
    print("popped pear", p)
    print("pop default:", prices.pop("nothing", 0))
    show("after pop", prices)
    var d = prices.setdefault("fig", 12)
    print("setdefault fig", d)
    var d2 = prices.setdefault("fig", 99)
    print("setdefault fig again", d2)
    var extra = Dict[String, Int]()
    extra["apple"] = 175
    extra["lime"] = 30
    prices.update(extra)
    show("updated", prices)
    var merged = prices | {"mango": 60, "plum": 50}
    show("merged", merged)
    show("prices unchanged", prices)
    prices |= {"cherry": 300}
    show("ior", prices)
    var snapshot = prices.copy()
    snapshot["apple"] = 1
    print("copy independent:", prices["apple"], snapshot["apple"])
    var keys = List[String]()
    for k in prices.keys():
        keys.append(k)
    print("keys", keys)
    var total = 0
    for v in prices.values():
        total += v
    print("total", total)
    for k in prices:
        print("iter key", k)
    var item = prices.popitem()
    print("popitem", item.key, item.value)
    show("after popitem", prices)
    var zeros = Dict[String, Int].fromkeys(keys, 0)
    show("fromkeys", zeros)
    print("bool:", Bool(zeros), "eq:", zeros == zeros.copy())
    zeros.clear()
    print("cleared len", len(zeros), Bool(zeros))
    var lit: Dict[String, Int] = {"a": 1, "b": 2}
    show("literal", lit)
    print(lit)
