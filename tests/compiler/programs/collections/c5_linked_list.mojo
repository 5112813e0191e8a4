from std.collections import LinkedList


def main() raises:
    var ll = LinkedList[Int]()
    ll.append(3)
    ll.append(5)
    ll.prepend(1)
    print(len(ll), ll)
    ll.insert(1, 2)
    print(ll)
    print(ll.pop(), ll)
    print(ll.pop(0), ll)
    ll.append(9)
    ll.reverse()
    print(ll)
    var total = 0
    for v in ll:
        total += v
    print("total", total)
    print(3 in ll, 7 in ll)
    var words = LinkedList[String]("x", "y", "z")
    print(words, len(words))
