# Dijkstra shortest paths with a hand-written binary heap over (dist, node)
# tuples, path reconstruction and an unreachable node.


struct MinHeap(Sized):
    var d: List[Tuple[Int, Int]]

    def __init__(out self):
        self.d = List[Tuple[Int, Int]]()

    def __len__(self) -> Int:
        return len(self.d)

    def push(mut self, dist: Int, node: Int):
        self.d.append((dist, node))
        var i = len(self.d) - 1
        while i > 0:
            var p = (i - 1) // 2
            if self.d[p][0] <= self.d[i][0]:
                break
            var t = self.d[p]
            self.d[p] = self.d[i]
            self.d[i] = t
            i = p

    def pop(mut self) -> Tuple[Int, Int]:
        var top = self.d[0]
        var last = self.d.pop()
        if len(self.d) > 0:
            self.d[0] = last
            var i = 0
            while True:
                var l = 2 * i + 1
                var r = l + 1
                var m = i
                if l < len(self.d) and self.d[l][0] < self.d[m][0]:
                    m = l
                if r < len(self.d) and self.d[r][0] < self.d[m][0]:
                    m = r
                if m == i:
                    break
                var t = self.d[m]
                self.d[m] = self.d[i]
                self.d[i] = t
                i = m
        return top


@fieldwise_init
struct Edge(ImplicitlyCopyable):
    var to: Int
    var w: Int


def dijkstra(adj: List[List[Edge]], src: Int) -> Tuple[List[Int], List[Int]]:
    comptime INF = Int.MAX
    var n = len(adj)
    var dist = List[Int](length=n, fill=INF)
    var prev = List[Int](length=n, fill=-1)
    var h = MinHeap()
    dist[src] = 0
    h.push(0, src)
    var pops = 0
    while len(h) > 0:
        var top = h.pop()
        pops += 1
        var du = top[0]
        var u = top[1]
        if du > dist[u]:
            continue
        for e in adj[u]:
            var nd = du + e.w
            if nd < dist[e.to]:
                dist[e.to] = nd
                prev[e.to] = u
                h.push(nd, e.to)
    print("heap pops:", pops)
    return (dist^, prev^)


def path_to(prev: List[Int], t: Int) -> List[Int]:
    var p = List[Int]()
    var cur = t
    while cur != -1:
        p.append(cur)
        cur = prev[cur]
    p.reverse()
    return p^


def main():
    var names: List[String] = ["A", "B", "C", "D", "E", "F", "G", "H"]
    var adj = List[List[Edge]]()
    for _ in range(len(names)):
        adj.append(List[Edge]())
    var edges: List[Tuple[Int, Int, Int]] = [
        (0, 1, 4), (0, 2, 2), (1, 2, 5), (1, 3, 10), (2, 4, 3),
        (4, 3, 4), (3, 5, 11), (4, 5, 20), (5, 6, 1), (2, 1, 1),
    ]
    for e in edges:
        adj[e[0]].append(Edge(e[1], e[2]))
        adj[e[1]].append(Edge(e[0], e[2]))
    var res = dijkstra(adj, 0)
    ref dist = res[0]
    ref prev = res[1]
    for v in range(len(names)):
        if dist[v] == Int.MAX:
            print(names[v], ": unreachable")
            continue
        var route = String()
        var p = path_to(prev, v)
        for i in range(len(p)):
            if i:
                route += " -> "
            route += names[p[i]]
        print(names[v], ":", dist[v], "via", route)
