def main():
    var names: List[String] = ["widget", "gadget", "doohickey", "thingamajig"]
    var qty: List[Int] = [3, 12, 150, 7]
    var price: List[Float64] = [2.5, 19.99, 0.125, 1234.0]
    var w = 0
    for n in names:
        w = max(w, n.byte_length())
    var header = String("item").ascii_ljust(w) + " | " + String("qty").ascii_rjust(5) + " | " + String("price").ascii_rjust(9) + " | " + String("total").ascii_rjust(10)
    print(header)
    print("=" * header.byte_length())
    var grand = 0.0
    for i in range(len(names)):
        var total = Float64(qty[i]) * price[i]
        grand += total
        print(names[i].ascii_ljust(w), "|", String(qty[i]).ascii_rjust(5), "|", String(price[i]).ascii_rjust(9), "|", String(total).ascii_rjust(10))
    print("-" * header.byte_length())
    print(String("grand total").ascii_ljust(w + 22), String(grand).ascii_rjust(10))
    print(String("centered").ascii_center(header.byte_length(), "~"))
