# ref bindings, for ref loops that mutate in place, for var loops over copies, and ref returns.


@fieldwise_init
struct Account(Copyable, Writable):
    var owner: String
    var balance: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.owner, "=", self.balance)


struct Bank:
    var accounts: List[Account]

    def __init__(out self):
        self.accounts = List[Account]()

    def total(self) -> Int:
        var t = 0
        for a in self.accounts:
            t += a.balance
        return t


def main():
    var bank = Bank()
    bank.accounts.append(Account("ann", 100))
    bank.accounts.append(Account("bob", 50))
    bank.accounts.append(Account("cat", 0))

    for ref acct in bank.accounts:
        acct.balance += 10
    ref first = bank.accounts[0]
    first.balance *= 2
    bank.accounts[2].balance = 999
    print(bank.total())
    for a in bank.accounts:
        print(a)

    var nums = [1, 2, 3]
    for var n in nums:
        n *= 100
        print(n, end=" ")
    print()
    print(nums)
    ref last = nums[2]
    last = 42
    print(nums)
