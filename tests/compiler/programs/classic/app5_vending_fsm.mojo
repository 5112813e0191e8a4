# A vending machine modelled as a finite-state machine with events, coins
# and change-making.

@fieldwise_init
struct State(Equatable, ImplicitlyCopyable, Writable):
    var id: Int

    comptime IDLE = State(0)
    comptime COLLECTING = State(1)
    comptime DISPENSING = State(2)
    comptime OUT_OF_ORDER = State(3)

    def write_to(self, mut writer: Some[Writer]):
        var names: List[String] = ["Idle", "Collecting", "Dispensing", "OutOfOrder"]
        writer.write(names[self.id])


struct Machine:
    var state: State
    var credit: Int
    var prices: Dict[String, Int]
    var stock: Dict[String, Int]
    var bank: Int

    def __init__(out self):
        self.state = State.IDLE
        self.credit = 0
        self.prices = {"cola": 150, "chips": 100, "gum": 35}
        self.stock = {"cola": 1, "chips": 5, "gum": 0}
        self.bank = 0

    def change(self, amount: Int) -> List[Int]:
        var coins: List[Int] = [100, 25, 10, 5]
        var out = List[Int]()
        var rest = amount
        for c in coins:
            while rest >= c:
                out.append(c)
                rest -= c
        return out^

    def event(mut self, name: String, arg: String = "") raises -> String:
        if self.state == State.OUT_OF_ORDER and name != "repair":
            return "machine out of order"
        if name == "coin":
            var v = atol(arg)
            if v != 5 and v != 10 and v != 25 and v != 100:
                return "rejected coin " + arg
            self.credit += v
            self.state = State.COLLECTING
            return "credit " + String(self.credit)
        if name == "select":
            if arg not in self.prices:
                return "no such product " + arg
            if self.stock[arg] == 0:
                return arg + " sold out"
            var price = self.prices[arg]
            if self.credit < price:
                return "need " + String(price - self.credit) + " more"
            self.state = State.DISPENSING
            self.stock[arg] -= 1
            self.bank += price
            var ch = self.change(self.credit - price)
            self.credit = 0
            self.state = State.IDLE
            return "vend " + arg + " change " + String(ch)
        if name == "refund":
            var ch = self.change(self.credit)
            self.credit = 0
            self.state = State.IDLE
            return "refund " + String(ch)
        if name == "kick":
            self.state = State.OUT_OF_ORDER
            return "ouch"
        if name == "repair":
            self.state = State.IDLE if self.credit == 0 else State.COLLECTING
            return "repaired"
        raise Error("unknown event " + name)


def main():
    var m = Machine()
    var events: List[Tuple[String, String]] = [
        ("select", "cola"), ("coin", "100"), ("coin", "3"), ("select", "cola"),
        ("coin", "25"), ("coin", "25"), ("coin", "10"), ("select", "cola"),
        ("coin", "100"), ("select", "cola"), ("select", "gum"), ("select", "tea"),
        ("kick", ""), ("coin", "5"), ("repair", ""), ("refund", ""), ("dance", ""),
    ]
    for ev in events:
        try:
            var result = m.event(ev[0], ev[1])
            print(ev[0], ev[1], "->", result, "[", m.state, "]")
        except e:
            print("error:", e)
    print("bank", m.bank, "cola left", m.stock.get("cola", -1))
