# Methods returning `ref` to a field, assigning and updating through the
# returned reference, and ref bindings in loops.


struct Pair:
    var a: Int
    var b: Int

    def __init__(out self, a: Int, b: Int):
        self.a = a
        self.b = b

    def first(ref self) -> ref[self.a] Int:
        return self.a

    def second(ref self) -> ref[self.b] Int:
        return self.b


struct Account:
    var owner: String
    var balance: Int

    def __init__(out self, owner: String):
        self.owner = owner
        self.balance = 0

    def bal(mut self) -> ref[self.balance] Int:
        return self.balance

    def name(self) -> ref[self.owner] String:
        return self.owner


def main():
    var p = Pair(1, 2)
    p.first() = 10
    p.second() += 5
    print(p.a, p.b, p.first() + p.second())
    var acct = Account("ann")
    for i in range(4):
        acct.bal() += i * 10
    print(acct.name(), acct.balance)
    var xs: List[Int] = [1, 2, 3]
    for ref x in xs:
        x *= 10
    print(xs)
    ref first = xs[0]
    first = -1
    print(xs)
