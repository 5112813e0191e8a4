def main() raises:
    var prices: Dict[String, Float64] = {"tea": 2.5, "cake": 4.0, "bun": 1.75}
    for name in prices:
        print(name, prices[name])
    for v in prices.values():
        print(v, end=" ")
    print()
    for e in prices.items():
        print(e.key + "=" + String(e.value))
    prices["tea"] = 2.75
    print(prices)
    var popped = prices.popitem()
    print("popped", popped.key, popped.value)
    print(len(prices), "cake" in prices)
    var cheap = {e.key: e.value for e in prices.items() if e.value < 3.0}
    print(len(cheap))
    var inverted = Dict[Int, String]()
    var ids: Dict[String, Int] = {"a": 1, "b": 2, "c": 3}
    for e in ids.items():
        inverted[e.value] = e.key
    print(inverted)
    var ks = ids.keys()
    print(len(ids))
    ids.clear()
    print(len(ids), ids)
