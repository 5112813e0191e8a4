# A bank ledger: structs with overloaded __init__, raising methods, custom errors, Writable.


struct InsufficientFunds(Writable):
    var needed: Int
    var available: Int

    def __init__(out self, needed: Int, available: Int):
        self.needed = needed
        self.available = available

    def write_to(self, mut writer: Some[Writer]):
        writer.write("insufficient funds: need ", self.needed, ", have ", self.available)


@fieldwise_init
struct Transaction(Copyable, Movable, Writable):
    var kind: String
    var amount: Int
    var balance_after: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.kind, "(", self.amount, ") -> ", self.balance_after)


struct Account(Writable):
    var owner: String
    var balance: Int
    var history: List[Transaction]

    def __init__(out self, owner: String):
        self.owner = owner
        self.balance = 0
        self.history = List[Transaction]()

    def __init__(out self, owner: String, opening: Int):
        self.owner = owner
        self.balance = opening
        self.history = List[Transaction]()
        self.history.append(Transaction("open", opening, opening))

    def deposit(mut self, amount: Int) raises:
        if amount <= 0:
            raise Error("deposit must be positive, got " + String(amount))
        self.balance += amount
        self.history.append(Transaction("deposit", amount, self.balance))

    def withdraw(mut self, amount: Int) raises:
        if amount > self.balance:
            raise Error(String(InsufficientFunds(amount, self.balance)))
        self.balance -= amount
        self.history.append(Transaction("withdraw", amount, self.balance))

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Account[", self.owner, ": ", self.balance, "]")


def transfer(mut src: Account, mut dst: Account, amount: Int) raises:
    src.withdraw(amount)
    dst.deposit(amount)


def main():
    var alice = Account("alice", 100)
    var bob = Account("bob")
    print(alice, bob)
    try:
        transfer(alice, bob, 30)
        print("after transfer:", alice, bob)
        transfer(bob, alice, 50)
    except e:
        print("transfer failed:", e)
    try:
        bob.deposit(-5)
    except e:
        print("deposit failed:", e)
    try:
        bob.deposit(7)
        alice.withdraw(70)
        alice.withdraw(1)
    except e:
        print("error:", e)
    print("alice history:")
    for t in alice.history:
        print("  ", t)
    print("bob history:", len(bob.history))
    for i in range(len(bob.history)):
        print("  ", i, bob.history[i])
    print(alice, bob)
