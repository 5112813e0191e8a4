# Dynamic programming classics: edit distance with the alignment traced
# back, 0/1 knapsack with the chosen items, longest increasing subsequence,
# and coin change counting.


def edit_distance(a: String, b: String) -> Tuple[Int, String]:
    var x = a.as_bytes()
    var y = b.as_bytes()
    var n = len(x)
    var m = len(y)
    var dp = List[List[Int]]()
    for i in range(n + 1):
        var row = List[Int](length=m + 1, fill=0)
        row[0] = i
        dp.append(row^)
    for j in range(m + 1):
        dp[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            var cost = 0 if x[i - 1] == y[j - 1] else 1
            dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + cost)
    # trace back the operations
    var ops = String()
    var i = n
    var j = m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and dp[i][j] == dp[i - 1][j - 1] + (0 if x[i - 1] == y[j - 1] else 1):
            ops = ("=" if x[i - 1] == y[j - 1] else "~") + ops
            i -= 1
            j -= 1
        elif i > 0 and dp[i][j] == dp[i - 1][j] + 1:
            ops = "-" + ops
            i -= 1
        else:
            ops = "+" + ops
            j -= 1
    return (dp[n][m], ops)


@fieldwise_init
struct Item(Copyable):
    var name: String
    var weight: Int
    var value: Int


def knapsack(items: List[Item], capacity: Int) -> Tuple[Int, List[String]]:
    var n = len(items)
    var best = List[List[Int]]()
    for _ in range(n + 1):
        best.append(List[Int](length=capacity + 1, fill=0))
    for i in range(1, n + 1):
        ref it = items[i - 1]
        for w in range(capacity + 1):
            best[i][w] = best[i - 1][w]
            if it.weight <= w:
                best[i][w] = max(best[i][w], best[i - 1][w - it.weight] + it.value)
    var chosen = List[String]()
    var w = capacity
    for i in range(n, 0, -1):
        if best[i][w] != best[i - 1][w]:
            chosen.append(items[i - 1].name)
            w -= items[i - 1].weight
    chosen.reverse()
    return (best[n][capacity], chosen^)


def lis(xs: List[Int]) -> List[Int]:
    var n = len(xs)
    var length = List[Int](length=n, fill=1)
    var prev = List[Int](length=n, fill=-1)
    var best_end = 0
    for i in range(n):
        for j in range(i):
            if xs[j] < xs[i] and length[j] + 1 > length[i]:
                length[i] = length[j] + 1
                prev[i] = j
        if length[i] > length[best_end]:
            best_end = i
    var out = List[Int]()
    var k = best_end
    while k != -1:
        out.append(xs[k])
        k = prev[k]
    out.reverse()
    return out^


def coin_ways(coins: List[Int], amount: Int) -> Int:
    var ways = List[Int](length=amount + 1, fill=0)
    ways[0] = 1
    for c in coins:
        for v in range(c, amount + 1):
            ways[v] += ways[v - c]
    return ways[amount]


def main():
    var pairs: List[Tuple[String, String]] = [
        ("kitten", "sitting"),
        ("flaw", "lawn"),
        ("intention", "execution"),
        ("", "abc"),
        ("same", "same"),
    ]
    for p in pairs:
        var r = edit_distance(p[0], p[1])
        print(repr(p[0]), "->", repr(p[1]), "distance", r[0], "ops", r[1])

    var items: List[Item] = [
        Item("tent", 5, 60),
        Item("stove", 3, 50),
        Item("food", 4, 70),
        Item("camera", 2, 30),
        Item("book", 1, 10),
        Item("rope", 2, 15),
    ]
    for cap in [5, 10, 15]:
        var k = knapsack(items, cap)
        print("capacity", cap, "value", k[0], "items", k[1])

    var seq: List[Int] = [10, 9, 2, 5, 3, 7, 101, 18, 4, 8, 6, 12, 11]
    var sub = lis(seq)
    print("LIS length", len(sub), sub)
    var coins: List[Int] = [1, 2, 5, 10, 20, 50, 100, 200]
    print("ways to make 200:", coin_ways(coins, 200))
    print("ways to make 12 with [2, 3]:", coin_ways([2, 3], 12))
