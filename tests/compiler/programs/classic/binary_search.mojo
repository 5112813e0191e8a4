def bsearch(xs: List[Int], target: Int) -> Int:
    var lo = 0
    var hi = len(xs) - 1
    while lo <= hi:
        var mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def main():
    var xs = List[Int]()
    for i in range(0, 100, 3):
        xs.append(i)
    for t in [0, 3, 50, 51, 99, 100]:
        print(t, bsearch(xs, t))
