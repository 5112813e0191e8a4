# Value ownership: read-only arguments, mut arguments, owned (var)
# arguments, the transfer sigil ^ and copies of values with heap data.

def print_list(items: List[Int]):
    print("items:", items)


def add_one(mut items: List[Int]):
    for ref x in items:
        x += 1


def consume(var items: List[Int]) -> Int:
    items.append(1000)
    var s = 0
    for x in items:
        s += x
    return s


def make_greeting(var name: String) -> String:
    name += "!"
    return "hello " + name


struct Buffer(Movable):
    var data: List[Int]
    var label: String

    def __init__(out self, label: String):
        self.data = List[Int]()
        self.label = label

    def push(mut self, v: Int):
        self.data.append(v)

    def take(deinit self) -> List[Int]:
        print("taking data from", self.label)
        return self.data^


def main():
    var nums: List[Int] = [1, 2, 3]
    print_list(nums)
    add_one(nums)
    print_list(nums)
    print("sum with copy:", consume(nums.copy()))
    print("original still:", nums)
    print("sum with transfer:", consume(nums^))

    var who = String("world")
    print(make_greeting(who))
    print(who)
    print(make_greeting(who^))

    var b = Buffer("buf")
    b.push(7)
    b.push(8)
    var moved = b^
    moved.push(9)
    var data = moved^.take()
    print(data)

    var a: List[String] = ["x", "y"]
    var c = a.copy()
    c.append("z")
    print(a, c)
