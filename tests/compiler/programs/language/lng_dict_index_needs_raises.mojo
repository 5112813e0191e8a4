# Dict's d[k] raises (KeyError) in Mojo 1.2, so reading or updating it in a
# function that cannot raise is a compile error.


def main():
    var stock = Dict[String, Int]()
    stock["apple"] = 10
    stock["apple"] -= 4
    print(stock["apple"])
