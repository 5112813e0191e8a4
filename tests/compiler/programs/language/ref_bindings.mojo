# Mojo 1.2 ref bindings: `ref x = place`, `for ref x in xs` (mutating elements in place), `for var x` (copies).

@fieldwise_init
struct Item(Copyable, Writable):
    var name: String
    var count: Int

def main():
    var xs: List[Int] = [1, 2, 3]
    ref first = xs[0]
    first = 10
    print(xs[0])
    for ref x in xs:
        x *= 2
    print(xs[0], xs[1], xs[2])
    for var x in xs:
        x += 1
        print(x, end=" ")
    print()
    print(xs[0])
    var items: List[Item] = [Item("a", 1), Item("b", 2)]
    for ref it in items:
        it.count += 5
        it.name += "!"
    for it in items:
        print(it.name, it.count)
    for it in items:
        var own = it.copy()
        own.name = "changed"
        print(own.name)
    print(items[0].name)
    var n = 5
    ref r = n
    r += 1
    print(n)
    var it2 = items[1].copy()
    ref nm = it2.name
    nm = "zz"
    print(it2.name)
