@fieldwise_init
struct Account(Copyable, Movable, Writable):
    var owner: String
    var balance: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.owner, "=", self.balance)


def transfer(mut bank: Dict[Int, Account], src: Int, dst: Int, amount: Int) raises:
    if bank[src].balance < amount:
        raise Error("insufficient funds in " + String(src))
    bank[src].balance -= amount
    bank[dst].balance += amount


def main() raises:
    var bank = Dict[Int, Account]()
    bank[100] = Account("ann", 50)
    bank[200] = Account("ben", 10)
    bank[300] = Account("cy", 0)
    transfer(bank, 100, 200, 20)
    print(bank)
    try:
        transfer(bank, 300, 100, 5)
    except e:
        print("failed:", e)
    try:
        transfer(bank, 999, 100, 5)
    except e:
        print("failed:", e)
    var total = 0
    for acct in bank.values():
        total += acct.balance
    print("total", total)
    var richest = 0
    var best = -1
    for item in bank.items():
        if item.value.balance > best:
            best = item.value.balance
            richest = item.key
    print("richest", richest, bank[richest])
    var ids = List[Int]()
    for k in bank.keys():
        ids.append(k)
    print(ids)
    var a = bank.get(200)
    if a:
        print(a.value().owner)
