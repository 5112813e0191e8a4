# Union-find with path compression and union by rank, used for Kruskal's
# minimum spanning tree, counting islands and grouping equivalent words.


struct DisjointSet:
    var parent: List[Int]
    var rank: List[Int]
    var sets: Int

    def __init__(out self, n: Int):
        self.parent = List[Int](capacity=n)
        self.rank = List[Int](length=n, fill=0)
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
        if self.rank[ra] < self.rank[rb]:
            swap(ra, rb)
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.sets -= 1
        return True


@fieldwise_init
struct Edge(Copyable, Comparable, Writable):
    var u: Int
    var v: Int
    var w: Int

    def __lt__(self, other: Self) -> Bool:
        if self.w != other.w:
            return self.w < other.w
        if self.u != other.u:
            return self.u < other.u
        return self.v < other.v

    def __eq__(self, other: Self) -> Bool:
        return self.w == other.w and self.u == other.u and self.v == other.v

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.u, "-", self.v, "(", self.w, ")")


def kruskal(n: Int, var edges: List[Edge]) -> List[Edge]:
    sort(edges)
    var ds = DisjointSet(n)
    var tree = List[Edge]()
    for e in edges:
        if ds.union(e.u, e.v):
            tree.append(e.copy())
    return tree^


def islands(grid: List[String]) -> Int:
    var h = len(grid)
    var w = grid[0].byte_length()
    var ds = DisjointSet(w * h)
    var water = 0
    for y in range(h):
        for x in range(w):
            if String(grid[y][byte=x]) != "#":
                water += 1
                continue
            if x + 1 < w and String(grid[y][byte=x + 1]) == "#":
                _ = ds.union(y * w + x, y * w + x + 1)
            if y + 1 < h and String(grid[y + 1][byte=x]) == "#":
                _ = ds.union(y * w + x, (y + 1) * w + x)
    return ds.sets - water


def main() raises:
    var edges: List[Edge] = [
        Edge(0, 1, 7), Edge(0, 3, 5), Edge(1, 2, 8), Edge(1, 3, 9),
        Edge(1, 4, 7), Edge(2, 4, 5), Edge(3, 4, 15), Edge(3, 5, 6),
        Edge(4, 5, 8), Edge(4, 6, 9), Edge(5, 6, 11),
    ]
    var mst = kruskal(7, edges^)
    var total = 0
    for e in mst:
        total += e.w
    print("mst:", len(mst), "edges, weight", total)
    for e in mst:
        print("  ", e)

    var grid: List[String] = [
        "##..#",
        "#...#",
        "..#..",
        "....#",
        "##.##",
    ]
    print("islands:", islands(grid))

    var words: List[String] = ["apple", "ample", "maple", "angle", "angel", "glean", "pale", "leap"]
    var ds = DisjointSet(len(words))
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            var a = sorted_letters(words[i])
            var b = sorted_letters(words[j])
            if a == b:
                _ = ds.union(i, j)
    var groups = Dict[Int, List[String]]()
    for i in range(len(words)):
        var r = ds.find(i)
        if r not in groups:
            groups[r] = List[String]()
        groups[r].append(words[i])
    print("anagram groups:", ds.sets)
    for entry in groups.items():
        print("  ", entry.key, entry.value)


def sorted_letters(s: String) -> String:
    var cs = List[String]()
    for c in s.codepoint_slices():
        cs.append(String(c))
    sort(cs)
    var out = String()
    for c in cs:
        out += c
    return out
