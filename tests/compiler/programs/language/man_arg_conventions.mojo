def show_read(s: String):
    print("read:", s)


def shout(mut s: String):
    s = s.upper() + "!"


def consume(var items: List[Int]) -> Int:
    items.append(100)
    var total = 0
    for x in items:
        total += x
    return total


def make_pair(out result: Tuple[Int, Int]):
    result = (3, 4)


def longer(ref a: String, ref b: String) -> Int:
    return max(a.byte_length(), b.byte_length())


def main():
    var name = String("mojo")
    show_read(name)
    shout(name)
    print(name)
    var nums: List[Int] = [1, 2, 3]
    print(consume(nums.copy()), len(nums))
    print(consume(nums^))
    var p = make_pair()
    print(p[0], p[1])
    print(longer(name, "hi"))
