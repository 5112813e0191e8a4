# A bank with accounts, deposits, withdrawals and transfers; failures are
# reported through a custom error struct carrying a code and details.


@fieldwise_init
struct BankError(Copyable, Writable):
    var code: Int
    var message: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write("BankError[", self.code, "]: ", self.message)


comptime INSUFFICIENT = 1
comptime NO_ACCOUNT = 2
comptime BAD_AMOUNT = 3
comptime FROZEN = 4


@fieldwise_init
struct Account(Copyable, Writable):
    var id: Int
    var owner: String
    var cents: Int
    var frozen: Bool
    var history: List[String]

    def write_to(self, mut writer: Some[Writer]):
        writer.write("#", self.id, " ", self.owner, ": ", format_cents(self.cents))
        if self.frozen:
            writer.write(" (frozen)")


def format_cents(c: Int) -> String:
    var sign = "-" if c < 0 else ""
    var a = abs(c)
    var frac = String(a % 100)
    if frac.byte_length() < 2:
        frac = "0" + frac
    return sign + "$" + String(a // 100) + "." + frac


struct Bank:
    var accounts: List[Account]
    var next_id: Int

    def __init__(out self):
        self.accounts = List[Account]()
        self.next_id = 100

    def open(mut self, owner: String, initial: Int) -> Int:
        var id = self.next_id
        self.next_id += 1
        var h = List[String]()
        h.append("open " + format_cents(initial))
        self.accounts.append(Account(id, owner, initial, False, h^))
        return id

    def find(self, id: Int) raises BankError -> Int:
        for i in range(len(self.accounts)):
            if self.accounts[i].id == id:
                return i
        raise BankError(NO_ACCOUNT, "no account " + String(id))

    def deposit(mut self, id: Int, amount: Int) raises BankError:
        if amount <= 0:
            raise BankError(BAD_AMOUNT, "deposit must be positive")
        var i = self.find(id)
        if self.accounts[i].frozen:
            raise BankError(FROZEN, "account " + String(id) + " is frozen")
        self.accounts[i].cents += amount
        self.accounts[i].history.append("deposit " + format_cents(amount))

    def withdraw(mut self, id: Int, amount: Int) raises BankError:
        if amount <= 0:
            raise BankError(BAD_AMOUNT, "withdrawal must be positive")
        var i = self.find(id)
        if self.accounts[i].frozen:
            raise BankError(FROZEN, "account " + String(id) + " is frozen")
        if self.accounts[i].cents < amount:
            raise BankError(
                INSUFFICIENT,
                "need " + format_cents(amount) + ", have "
                + format_cents(self.accounts[i].cents),
            )
        self.accounts[i].cents -= amount
        self.accounts[i].history.append("withdraw " + format_cents(amount))

    def transfer(mut self, src: Int, dst: Int, amount: Int) raises BankError:
        _ = self.find(dst)  # validate before moving money
        self.withdraw(src, amount)
        self.deposit(dst, amount)

    def total(self) -> Int:
        var t = 0
        for a in self.accounts:
            t += a.cents
        return t


def main():
    var bank = Bank()
    var alice = bank.open("alice", 10000)
    var bob = bank.open("bob", 2550)
    var carol = bank.open("carol", 0)

    var ops: List[Tuple[String, Int, Int, Int]] = [
        ("deposit", alice, 0, 1234),
        ("withdraw", bob, 0, 3000),
        ("transfer", alice, carol, 4321),
        ("transfer", carol, 999, 100),
        ("deposit", bob, 0, -5),
        ("freeze", carol, 0, 0),
        ("deposit", carol, 0, 100),
        ("withdraw", bob, 0, 2550),
    ]
    var failures = 0
    for op in ops:
        var kind = op[0]
        try:
            if kind == "deposit":
                bank.deposit(op[1], op[3])
            elif kind == "withdraw":
                bank.withdraw(op[1], op[3])
            elif kind == "transfer":
                bank.transfer(op[1], op[2], op[3])
            elif kind == "freeze":
                var i = bank.find(op[1])
                bank.accounts[i].frozen = True
            print("ok  ", kind)
        except e:
            failures += 1
            print("fail", kind, "->", e, "code", e.code)

    for a in bank.accounts:
        print(a)
        for h in a.history:
            print("    ", h)
    print("total:", format_cents(bank.total()), "failures:", failures)
    print(format_cents(-705), format_cents(5), format_cents(0))
