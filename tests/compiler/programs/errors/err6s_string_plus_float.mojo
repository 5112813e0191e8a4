# String + Float64 needs String(x) first.


def main():
    var price = 9.99
    var label = "price: " + price
    print(label)
