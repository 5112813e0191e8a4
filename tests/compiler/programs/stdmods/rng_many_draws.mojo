# Long runs: checksums over many draws catch any drift in the counter or the lane order.
from std.random import seed, random_float64, random_ui64, random_si64


def main():
    seed(777)
    var x: UInt64 = 0
    for i in range(200000):
        x = (x ^ random_ui64(0, UInt64.MAX)) * 3 + UInt64(i)
    print(x)
    var s = 0.0
    for _ in range(100000):
        s += random_float64()
    print(s)
    var hist = List[Int](length=10, fill=0)
    for _ in range(100000):
        var k = Int(random_si64(0, 9))
        hist[k] += 1
    print(hist)
    print(random_float64(), random_ui64(0, 12345))
