def main():
    var count = 3
    var ratio: Float64 = 0.25
    var label: String
    if count > 2:
        label = "many"
    else:
        label = "few"
    print(count, ratio, label)
    count += 1
    ratio = ratio * Float64(count)
    print(count, ratio)
    var a, b = 1, 2
    a, b = b, a
    print(a, b)
    var total = 0
    for i in range(5):
        var sq = i * i
        total += sq
    print(total)
    var big: Int64 = 1 << 40
    var small = UInt8(250) + 10
    print(big, small)
    comptime LIMIT = 10
    var x = LIMIT * 2
    print(x)
    var t = (1, "two", 3.0)
    print(t[0], t[1], t[2])
