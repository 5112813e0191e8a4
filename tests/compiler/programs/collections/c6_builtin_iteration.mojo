# enumerate, zip, reversed, min/max and sums over shopping-cart lists.


def main():
    var items: List[String] = ["milk", "bread", "eggs", "jam"]
    var prices: List[Float64] = [1.25, 2.5, 3.0, 4.75]
    var qty: List[Int] = [2, 1, 12, 1]
    for i, name in enumerate(items):
        print(i, name)
    var total = 0.0
    for p, q in zip(prices, qty):
        total += p * Float64(q)
    print("total", total)
    for name in reversed(items):
        print("rev", name)
    for i in reversed(range(3)):
        print("countdown", i)
    print("cheapest", min(prices[0], prices[1]), "max qty", max(qty[2], qty[0]))
    var best = 0
    for i in range(1, len(prices)):
        if prices[i] > prices[best]:
            best = i
    print("priciest", items[best])
    var d: Dict[String, Int] = {"a": 1, "b": 2, "c": 3}
    for k in reversed(d):
        print("dict rev", k)
    var nums: List[Int] = [4, 8, 15, 16, 23, 42]
    var acc = 0
    for n in nums:
        acc += n
    print("sum", acc, "any big", any([n > 40 for n in nums]), "all pos", all([n > 0 for n in nums]))
