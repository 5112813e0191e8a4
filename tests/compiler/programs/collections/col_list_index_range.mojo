def main() raises:
    var items: List[Int] = [5, 3, 9, 3, 1, 3]
    print(items.index(3))
    print(items.index(3, start=2))
    print(items.index(3, 4))
    print(items.index(3, 2, 4))
    print(items.index(9, -4))
    try:
        print(items.index(42))
    except e:
        print("error:", e)
    try:
        print(items.index(9, 3))
    except e:
        print("error:", e)
