# k-means clustering on fixed 2-D data with deterministic initial centroids,
# inertia per iteration and a cluster summary.
from std.math import sqrt


@fieldwise_init
struct Point(ImplicitlyCopyable, Writable):
    var x: Float64
    var y: Float64

    def __add__(self, o: Point) -> Point:
        return Point(self.x + o.x, self.y + o.y)

    def __truediv__(self, k: Float64) -> Point:
        return Point(self.x / k, self.y / k)

    def dist2(self, o: Point) -> Float64:
        var dx = self.x - o.x
        var dy = self.y - o.y
        return dx * dx + dy * dy

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", round(self.x, 3), ", ", round(self.y, 3), ")")


def kmeans(pts: List[Point], k: Int, max_iter: Int) -> Tuple[List[Point], List[Int]]:
    var cents = List[Point]()
    for i in range(k):
        cents.append(pts[i * len(pts) // k])
    var assign = List[Int](length=len(pts), fill=-1)
    for it in range(max_iter):
        var changed = 0
        var inertia = 0.0
        for i in range(len(pts)):
            var best = 0
            var bd = pts[i].dist2(cents[0])
            for c in range(1, k):
                var d = pts[i].dist2(cents[c])
                if d < bd:
                    bd = d
                    best = c
            if assign[i] != best:
                changed += 1
                assign[i] = best
            inertia += bd
        print("iter", it, "changed", changed, "inertia", round(inertia, 4))
        if changed == 0:
            break
        var sums = List[Point](length=k, fill=Point(0, 0))
        var counts = List[Int](length=k, fill=0)
        for i in range(len(pts)):
            sums[assign[i]] = sums[assign[i]] + pts[i]
            counts[assign[i]] += 1
        for c in range(k):
            if counts[c] > 0:
                cents[c] = sums[c] / Float64(counts[c])
    return (cents^, assign^)


def main():
    var raw: List[Float64] = [
        1.0, 1.1, 1.2, 0.9, 0.8, 1.0, 1.1, 1.3,
        5.0, 5.2, 5.1, 4.9, 4.8, 5.0, 5.3, 5.1,
        9.0, 1.0, 8.8, 1.2, 9.2, 0.9, 9.1, 1.1,
        5.0, 1.0,
    ]
    var pts = List[Point]()
    for i in range(0, len(raw), 2):
        pts.append(Point(raw[i], raw[i + 1]))
    print("points:", len(pts))
    var result = kmeans(pts, 3, 20)
    var cents = result[0].copy()
    var assign = result[1].copy()
    for c in range(len(cents)):
        var members = List[Int]()
        var spread = 0.0
        for i in range(len(pts)):
            if assign[i] == c:
                members.append(i)
                spread = max(spread, sqrt(pts[i].dist2(cents[c])))
        print("cluster", c, "center", cents[c], "size", len(members), "radius", round(spread, 3))
        print("  members:", members)
