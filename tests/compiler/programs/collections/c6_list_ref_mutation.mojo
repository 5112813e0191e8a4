# Mutating list elements in place through `ref` loops and references.


@fieldwise_init
struct Account(Copyable, Writable):
    var owner: String
    var balance: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.owner, ":", self.balance)


def apply_interest(mut accounts: List[Account], percent: Int):
    for ref a in accounts:
        a.balance += a.balance * percent // 100


def main():
    var scores: List[Int] = [3, 1, 4, 1, 5, 9, 2, 6]
    for ref s in scores:
        s *= 10
    print(scores)
    for ref s in scores:
        if s > 30:
            s = 0
    print(scores)
    var accounts = List[Account]()
    accounts.append(Account("ann", 1000))
    accounts.append(Account("bob", 250))
    accounts.append(Account("cy", 40))
    apply_interest(accounts, 10)
    for a in accounts:
        print(a)
    ref richest = accounts[0]
    richest.balance -= 100
    print(accounts[0])
    accounts[2].balance += 1
    accounts[1].owner += "by"
    for i in range(len(accounts)):
        print(i, accounts[i])
    var grid: List[List[Int]] = [[1, 2], [3, 4], [5, 6]]
    for ref row in grid:
        row.append(row[0] + row[1])
        for ref v in row:
            v += 100
    print(grid)
    grid[1][0] = -1
    ref r2 = grid[2]
    r2.reverse()
    print(grid)
    var words: List[String] = ["a", "bb", "ccc"]
    for ref w in words:
        w = w + "!"
    print(words)
