# Bank accounts with a trait for interest-bearing accounts, a custom error
# type used with typed `raises`, and a transaction journal.

@fieldwise_init
struct TxError(Copyable, Writable):
    var kind: String
    var account: String
    var amount: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("TxError(", self.kind, ", ", self.account, ", ", self.amount, ")")


trait Account:
    def balance(self) -> Int:
        ...

    def deposit(mut self, amount: Int) raises TxError:
        ...

    def withdraw(mut self, amount: Int) raises TxError:
        ...

    def month_end(mut self):
        ...


struct Checking(Account):
    var name: String
    var cents: Int
    var overdraft: Int

    def __init__(out self, name: String, overdraft: Int):
        self.name = name
        self.cents = 0
        self.overdraft = overdraft

    def balance(self) -> Int:
        return self.cents

    def deposit(mut self, amount: Int) raises TxError:
        if amount <= 0:
            raise TxError("bad-amount", self.name, amount)
        self.cents += amount

    def withdraw(mut self, amount: Int) raises TxError:
        if self.cents - amount < -self.overdraft:
            raise TxError("overdraft-limit", self.name, amount)
        self.cents -= amount

    def month_end(mut self):
        if self.cents < 0:
            self.cents -= 500  # overdraft fee


struct Savings(Account):
    var name: String
    var cents: Int
    var rate_bp: Int  # basis points per month
    var withdrawals: Int

    def __init__(out self, name: String, rate_bp: Int):
        self.name = name
        self.cents = 0
        self.rate_bp = rate_bp
        self.withdrawals = 0

    def balance(self) -> Int:
        return self.cents

    def deposit(mut self, amount: Int) raises TxError:
        if amount <= 0:
            raise TxError("bad-amount", self.name, amount)
        self.cents += amount

    def withdraw(mut self, amount: Int) raises TxError:
        if self.withdrawals >= 2:
            raise TxError("too-many-withdrawals", self.name, amount)
        if amount > self.cents:
            raise TxError("insufficient", self.name, amount)
        self.withdrawals += 1
        self.cents -= amount

    def month_end(mut self):
        self.cents += self.cents * self.rate_bp // 10000
        self.withdrawals = 0


def money(c: Int) -> String:
    var s = String(abs(c) // 100) + "." + String(abs(c) % 100).ascii_rjust(2, "0")
    return "-$" + s if c < 0 else "$" + s


def apply[A: Account](mut acct: A, ops: List[Int], mut journal: List[String]):
    for op in ops:
        try:
            if op >= 0:
                acct.deposit(op)
                journal.append("dep " + money(op))
            else:
                acct.withdraw(-op)
                journal.append("wd  " + money(-op))
        except e:
            journal.append("rejected: " + String(e))


def main():
    var chk = Checking("chk-1", 10000)
    var sav = Savings("sav-1", 50)
    var journal = List[String]()
    apply(chk, [50000, -20000, -35000, -10000, 0], journal)
    apply(sav, [100000, -1000, -2000, -3000, -500000, 2500], journal)
    for line in journal:
        print(line)
    print("checking", money(chk.balance()), "savings", money(sav.balance()))
    chk.month_end()
    sav.month_end()
    print("after month end: checking", money(chk.balance()), "savings", money(sav.balance()))
    try:
        sav.withdraw(1)
        print("withdrawals reset ok:", money(sav.balance()))
    except e:
        print("unexpected", e)
