# Union-find over network links: path compression and union by size.


struct DisjointSet:
    var parent: List[Int]
    var size: List[Int]
    var sets: Int

    def __init__(out self, n: Int):
        self.parent = List[Int](capacity=n)
        self.size = List[Int](length=n, fill=1)
        for i in range(n):
            self.parent.append(i)
        self.sets = n

    def find(mut self, x: Int) -> Int:
        var root = x
        while self.parent[root] != root:
            root = self.parent[root]
        var cur = x
        while self.parent[cur] != root:
            var nxt = self.parent[cur]
            self.parent[cur] = root
            cur = nxt
        return root

    def union(mut self, a: Int, b: Int) -> Bool:
        var ra = self.find(a)
        var rb = self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.sets -= 1
        return True


def main():
    var ds = DisjointSet(10)
    var links: List[Tuple[Int, Int]] = [(0, 1), (2, 3), (1, 3), (4, 5), (6, 7), (5, 7), (0, 2), (8, 9), (9, 8)]
    for link in links:
        var merged = ds.union(link[0], link[1])
        print("link", link[0], link[1], "merged" if merged else "already joined", "sets", ds.sets)
    var groups = Dict[Int, List[Int]]()
    for i in range(10):
        var r = ds.find(i)
        if r not in groups:
            groups[r] = List[Int]()
        try:
            groups[r].append(i)
        except:
            pass
    for e in groups.items():
        print("root", e.key, "members", e.value, "size", len(e.value))
    print("0~3", ds.find(0) == ds.find(3), "0~4", ds.find(0) == ds.find(4))
