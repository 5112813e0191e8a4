def main() raises:
    var stock = Dict[String, Int]()
    stock["apple"] = 5
    stock["banana"] = 12
    stock["cherry"] = 0
    print(stock)
    print(len(stock), "apple" in stock, "grape" in stock)
    stock["apple"] += 3
    print(stock["apple"])
    print(stock.get("grape"))
    print(stock.get("grape", -1))
    print(stock.get("banana").value())
    var removed = stock.pop("cherry")
    print("removed", removed, stock)
    print(stock.pop("nope", 42))
    print(stock.setdefault("date", 7))
    print(stock.setdefault("apple", 100))
    print(stock)
    for key in stock:
        print(key, stock[key])
    for item in stock.items():
        print(item.key, "=>", item.value)
    for k in stock.keys():
        print("key", k)
    for v in stock.values():
        print("value", v)
    var other: Dict[String, Int] = {"banana": 1, "elder": 2}
    stock.update(other)
    print(stock)
    var merged = stock | {"fig": 9}
    print(merged)
    stock |= {"apple": 0}
    print(stock)
    var cp = stock.copy()
    cp["zzz"] = 1
    print(len(stock), len(cp))
    var last = stock.popitem()
    print(last.key, last.value, stock)
    stock.clear()
    print(stock, len(stock), Bool(stock))
    try:
        print(stock["missing"])
    except e:
        print("error:", e)
    try:
        _ = stock.pop("missing")
    except e:
        print("error:", e)
    try:
        _ = stock.popitem()
    except e:
        print("error:", e)
