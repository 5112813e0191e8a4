# Parse CSV text of sales records, aggregate by region and product, and print
# a formatted report with aligned columns.

@fieldwise_init
struct Sale(Copyable, Writable):
    var region: String
    var product: String
    var units: Int
    var price: Float64

    def revenue(self) -> Float64:
        return Float64(self.units) * self.price

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.region, "/", self.product, " x", self.units)


def parse_csv(text: String) -> Tuple[List[Sale], List[String]]:
    var sales = List[Sale]()
    var problems = List[String]()
    var lines = text.strip().split("\n")
    for i in range(1, len(lines)):
        var fields = lines[i].split(",")
        if len(fields) != 4:
            problems.append("line " + String(i + 1) + ": expected 4 fields, got " + String(len(fields)))
            continue
        try:
            sales.append(Sale(String(fields[0].strip()), String(fields[1].strip()),
                              atol(fields[2].strip()), atof(fields[3].strip())))
        except e:
            problems.append("line " + String(i + 1) + ": " + String(e))
    return (sales^, problems^)


def fmt_money(x: Float64) -> String:
    var cents = Int(round(x * 100))
    return String(cents // 100) + "." + String(cents % 100).ascii_rjust(2, "0")


def main() raises:
    var data = """region,product,units,price
north, widget, 10, 2.50
south, widget, 4, 2.50
north, gadget, 3, 19.99
east, widget, 7, 2.75
south, gizmo, two, 5.00
east, gadget, 1, 21.00
west, gizmo
north, widget, 5, 2.40
"""
    var parsed = parse_csv(data)
    var sales = parsed[0].copy()
    print("parsed", len(sales), "records")
    for p in parsed[1]:
        print("  skipped", p)
    var by_region = Dict[String, Float64]()
    var units_by_product = Dict[String, Int]()
    for s in sales:
        by_region[s.region] = by_region.get(s.region, 0.0) + s.revenue()
        units_by_product[s.product] = units_by_product.get(s.product, 0) + s.units
    var regions = List[String]()
    for k in by_region.keys():
        regions.append(k)
    sort(regions)
    print("REGION".ascii_ljust(8), "REVENUE".ascii_rjust(10))
    var total = 0.0
    for r in regions:
        print(r.ascii_ljust(8), fmt_money(by_region[r]).ascii_rjust(10))
        total += by_region[r]
    print("-" * 19)
    print("TOTAL".ascii_ljust(8), fmt_money(total).ascii_rjust(10))
    var best = String()
    var best_units = 0
    for item in units_by_product.items():
        if item.value > best_units:
            best = item.key
            best_units = item.value
    print("top product:", best, "(", best_units, "units )")
    print(sales[0], sales[len(sales) - 1])
