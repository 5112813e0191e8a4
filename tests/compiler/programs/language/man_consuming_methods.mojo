struct Ticket(Movable):
    var id: Int

    def __init__(out self, id: Int):
        self.id = id
        print("issue", id)

    def redeem(deinit self) -> Int:
        print("redeem", self.id)
        return self.id * 10

    def __deinit__(deinit self):
        print("discard", self.id)


struct Wallet(Movable):
    var ticket: Ticket
    var cash: Int

    def __init__(out self, var ticket: Ticket, cash: Int):
        self.ticket = ticket^
        self.cash = cash

    def spend(deinit self) -> Int:
        return self.ticket^.redeem() + self.cash


def main():
    var t1 = Ticket(1)
    var t2 = Ticket(2)
    print("value", t1^.redeem())
    var w = Wallet(Ticket(3), 5)
    print("spent", w^.spend())
    print("end of main")
    _ = t2^
    print("after t2")
