@fieldwise_init
struct Sale(Copyable):
    var region: String
    var product: String
    var amount: Int


def main() raises:
    var sales: List[Sale] = [
        Sale("north", "tea", 5),
        Sale("south", "tea", 3),
        Sale("north", "coffee", 7),
        Sale("east", "tea", 2),
        Sale("south", "coffee", 4),
        Sale("north", "tea", 1),
    ]
    var by_region = Dict[String, Int]()
    var products = Dict[String, List[String]]()
    for s in sales:
        by_region[s.region] = by_region.get(s.region, 0) + s.amount
        if s.region not in products:
            products[s.region] = List[String]()
        products[s.region].append(s.product)
    for item in by_region.items():
        print(item.key, item.value)
    for region in products:
        print(region, products[region])
    var best = String()
    var best_amt = -1
    for item in by_region.items():
        if item.value > best_amt:
            best_amt = item.value
            best = item.key
    print("best:", best, best_amt)
    var merged = by_region.copy()
    merged.update({"west": 10, "east": 100})
    print(merged)
    print(len(merged), merged.pop("west"), len(merged))
