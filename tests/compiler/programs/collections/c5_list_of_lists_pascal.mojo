def pascal(n: Int) -> List[List[Int]]:
    var rows = List[List[Int]]()
    for i in range(n):
        var row = List[Int](length=i + 1, fill=1)
        for j in range(1, i):
            row[j] = rows[i - 1][j - 1] + rows[i - 1][j]
        rows.append(row^)
    return rows^


def main():
    var tri = pascal(7)
    for row in tri:
        print(row)
    var last = tri[len(tri) - 1].copy()
    var s = 0
    for v in last:
        s += v
    print("row sum", s)
    var middle = [r[len(r) // 2] for r in tri]
    print(middle)
    tri[0].append(99)
    print(tri[0], len(tri[1]))
