# Trait default methods overridden selectively, with generic functions calling them.


trait Account:
    def balance(self) -> Int:
        ...

    def deposit(mut self, amount: Int):
        ...

    def fee(self) -> Int:
        return 0

    def monthly(mut self):
        self.deposit(-self.fee())


struct Checking(Account):
    var bal: Int

    def __init__(out self, bal: Int):
        self.bal = bal

    def balance(self) -> Int:
        return self.bal

    def deposit(mut self, amount: Int):
        self.bal += amount

    def fee(self) -> Int:
        return 5


struct Savings(Account):
    var bal: Int
    var rate_pct: Int

    def __init__(out self, bal: Int, rate_pct: Int):
        self.bal = bal
        self.rate_pct = rate_pct

    def balance(self) -> Int:
        return self.bal

    def deposit(mut self, amount: Int):
        self.bal += amount

    def monthly(mut self):
        self.deposit(self.bal * self.rate_pct // 100)


def run_months[A: Account](mut acct: A, months: Int) -> Int:
    for _ in range(months):
        acct.monthly()
    return acct.balance()


def main():
    var c = Checking(100)
    var s = Savings(1000, 2)
    print(run_months(c, 3), c.fee())
    print(run_months(s, 3), s.fee())
    c.deposit(50)
    print(c.balance())
