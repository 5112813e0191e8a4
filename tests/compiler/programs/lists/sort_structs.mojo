@fieldwise_init
struct Point(Copyable, Writable, Comparable):
    var x: Int
    var y: Int

    def __lt__(self, other: Self) -> Bool:
        return self.x < other.x or (self.x == other.x and self.y < other.y)

    def __eq__(self, other: Self) -> Bool:
        return self.x == other.x and self.y == other.y

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ", ", self.y, ")")


def main():
    var pts: List[Point] = [Point(3, 1), Point(1, 2), Point(1, 1)]
    sort(pts)
    for p in pts:
        print(p)
    print(pts)
    var fs: List[Float64] = [2.5, -1.0, 3.25, 0.0]
    sort(fs)
    print(fs)
    var big = List[Int]()
    for i in range(1000):
        big.append((i * 7919) % 1000)
    sort(big)
    var ok = True
    for i in range(1, len(big)):
        if big[i - 1] > big[i]:
            ok = False
    print(ok, big[0], big[999])
