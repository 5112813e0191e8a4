# A bank ledger: Dict of accounts holding List of transactions, with Optional lookups.


@fieldwise_init
struct Txn(Copyable, Writable):
    var amount: Int
    var memo: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.memo, ":", self.amount)


struct Ledger:
    var accounts: Dict[String, List[Txn]]

    def __init__(out self):
        self.accounts = Dict[String, List[Txn]]()

    def open(mut self, name: String):
        self.accounts[name] = List[Txn]()

    def post(mut self, name: String, amount: Int, memo: String) raises:
        if name not in self.accounts:
            raise Error("no account " + name)
        self.accounts[name].append(Txn(amount, memo))

    def balance(self, name: String) raises -> Int:
        var total = 0
        for t in self.accounts[name]:
            total += t.amount
        return total

    def largest(self, name: String) raises -> Optional[Txn]:
        var best = Optional[Txn]()
        for t in self.accounts[name]:
            if not best or t.amount > best.value().amount:
                best = t.copy()
        return best^


def main() raises:
    var l = Ledger()
    l.open("alice")
    l.open("bob")
    l.post("alice", 500, "salary")
    l.post("alice", -120, "rent")
    l.post("bob", 40, "gift")
    l.post("alice", 75, "refund")
    try:
        l.post("carol", 10, "oops")
    except e:
        print("error:", e)
    for name in ["alice", "bob"]:
        print(name, "balance", l.balance(name), "txns", l.accounts[name])
        var big = l.largest(name)
        if big:
            print("  largest", big.value())
    l.open("empty")
    print("empty largest is None:", l.largest("empty") is None)
    ref bob = l.accounts["bob"]
    bob.append(Txn(-5, "fee"))
    print("bob after fee", l.balance("bob"), len(l.accounts["bob"]))
