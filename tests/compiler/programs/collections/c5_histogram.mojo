def main() raises:
    var data: List[Int] = [12, 45, 67, 23, 89, 34, 56, 78, 90, 11, 43, 65, 21, 87]
    var bins = Dict[Int, Int]()
    for v in data:
        var b = v // 20
        bins[b] = bins.get(b, 0) + 1
    var keys = List[Int]()
    for k in bins.keys():
        keys.append(k)
    sort(keys)
    for k in keys:
        var lo = k * 20
        var bar = String()
        for _ in range(bins[k]):
            bar += "*"
        print(lo, "-", lo + 19, bar)
    var most = keys[0]
    for k in keys:
        if bins[k] > bins[most]:
            most = k
    print("mode bin:", most * 20)
