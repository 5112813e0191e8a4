# A bank ledger: accounts with typed errors, transfers, an audit log and a report.
from std.collections import Dict


@fieldwise_init
struct Txn(Copyable, Writable):
    var id: Int
    var kind: String
    var src: String
    var dst: String
    var cents: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("#", self.id, " ", self.kind, " ", fmt_cents(self.cents))
        if self.src:
            writer.write(" from ", self.src)
        if self.dst:
            writer.write(" to ", self.dst)


def fmt_cents(c: Int) -> String:
    var sign = "-" if c < 0 else ""
    var a = abs(c)
    var cents = a % 100
    var pad = "0" if cents < 10 else ""
    return sign + "$" + String(a // 100) + "." + pad + String(cents)


struct Account(Copyable, Writable):
    var owner: String
    var balance: Int
    var overdraft: Int
    var frozen: Bool

    def __init__(out self, owner: String, overdraft: Int = 0):
        self.owner = owner
        self.balance = 0
        self.overdraft = overdraft
        self.frozen = False

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.owner, ": ", fmt_cents(self.balance))
        if self.frozen:
            writer.write(" [frozen]")


struct Bank:
    var accounts: Dict[String, Account]
    var log: List[Txn]
    var next_id: Int

    def __init__(out self):
        self.accounts = Dict[String, Account]()
        self.log = List[Txn]()
        self.next_id = 1

    def open(mut self, owner: String, overdraft: Int = 0) raises:
        if owner in self.accounts:
            raise Error("account exists: " + owner)
        self.accounts[owner] = Account(owner, overdraft)

    def _check(self, name: String) raises:
        if name not in self.accounts:
            raise Error("no such account: " + name)

    def deposit(mut self, name: String, cents: Int) raises:
        if cents <= 0:
            raise Error("deposit must be positive")
        self._check(name)
        ref acct = self.accounts[name]
        if acct.frozen:
            raise Error(name + " is frozen")
        acct.balance += cents
        self.log.append(Txn(self.next_id, "deposit", "", name, cents))
        self.next_id += 1

    def withdraw(mut self, name: String, cents: Int) raises:
        self._check(name)
        ref acct = self.accounts[name]
        if acct.frozen:
            raise Error(name + " is frozen")
        if acct.balance - cents < -acct.overdraft:
            raise Error("insufficient funds in " + name + ": have " + fmt_cents(acct.balance))
        acct.balance -= cents
        self.log.append(Txn(self.next_id, "withdraw", name, "", cents))
        self.next_id += 1

    def transfer(mut self, a: String, b: String, cents: Int) raises:
        self._check(b)
        self.withdraw(a, cents)
        try:
            self.deposit(b, cents)
        except e:
            # roll back
            self.accounts[a].balance += cents
            _ = self.log.pop()
            raise Error("transfer rolled back: " + String(e))
        _ = self.log.pop()
        _ = self.log.pop()
        self.log.append(Txn(self.next_id, "transfer", a, b, cents))
        self.next_id += 1

    def total(self) -> Int:
        var t = 0
        for item in self.accounts.items():
            t += item.value.balance
        return t


def main():
    var bank = Bank()
    var ops: List[Tuple[String, String, String, Int]] = [
        ("open", "alice", "", 0),
        ("open", "bob", "", 5000),
        ("open", "carol", "", 0),
        ("open", "alice", "", 0),
        ("deposit", "alice", "", 12050),
        ("deposit", "bob", "", 999),
        ("withdraw", "carol", "", 100),
        ("transfer", "alice", "bob", 2525),
        ("transfer", "bob", "carol", 8000),
        ("transfer", "bob", "dave", 10),
        ("deposit", "carol", "", -5),
        ("freeze", "carol", "", 0),
        ("transfer", "alice", "carol", 100),
        ("withdraw", "alice", "", 9525),
        ("withdraw", "alice", "", 1),
    ]
    for op in ops:
        var kind = op[0]
        try:
            if kind == "open":
                bank.open(op[1], op[3])
            elif kind == "deposit":
                bank.deposit(op[1], op[3])
            elif kind == "withdraw":
                bank.withdraw(op[1], op[3])
            elif kind == "transfer":
                bank.transfer(op[1], op[2], op[3])
            elif kind == "freeze":
                bank.accounts[op[1]].frozen = True
            print("ok  ", kind, op[1], op[2], fmt_cents(op[3]))
        except e:
            print("FAIL", kind, op[1], "->", e)
    print("--- log ---")
    for t in bank.log:
        print(t)
    print("--- balances ---")
    for name in ["alice", "bob", "carol"]:
        try:
            print(bank.accounts[name])
        except:
            print("missing", name)
    print("total:", fmt_cents(bank.total()), "accounts:", len(bank.accounts))
