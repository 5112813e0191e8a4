from std.collections import Set
# Shortest paths over a Dict-based weighted graph (Dijkstra with a simple
# linear-scan frontier), with path reconstruction.

@fieldwise_init
struct Edge(Copyable, Writable):
    var to: String
    var weight: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("->", self.to, "(", self.weight, ")")


struct Graph:
    var adj: Dict[String, List[Edge]]

    def __init__(out self):
        self.adj = Dict[String, List[Edge]]()

    def add_edge(mut self, a: String, b: String, w: Int, undirected: Bool = True) raises:
        if a not in self.adj:
            self.adj[a] = List[Edge]()
        if b not in self.adj:
            self.adj[b] = List[Edge]()
        self.adj[a].append(Edge(b, w))
        if undirected:
            self.adj[b].append(Edge(a, w))

    def shortest(self, src: String) raises -> Tuple[Dict[String, Int], Dict[String, String]]:
        var dist = Dict[String, Int]()
        var prev = Dict[String, String]()
        var done = Set[String]()
        dist[src] = 0
        while True:
            var best = String()
            var best_d = -1
            for item in dist.items():
                if item.key not in done and (best_d == -1 or item.value < best_d):
                    best = item.key
                    best_d = item.value
            if best_d == -1:
                break
            done.add(best)
            for e in self.adj[best]:
                var nd = best_d + e.weight
                if e.to not in dist or nd < dist[e.to]:
                    dist[e.to] = nd
                    prev[e.to] = best
        return (dist^, prev^)


def path_to(prev: Dict[String, String], target: String) raises -> String:
    var nodes = List[String]()
    var cur = target
    nodes.append(cur)
    while cur in prev:
        cur = prev[cur]
        nodes.append(cur)
    nodes.reverse()
    return " -> ".join(nodes)


def main() raises:
    var g = Graph()
    g.add_edge("A", "B", 4)
    g.add_edge("A", "C", 2)
    g.add_edge("B", "C", 5)
    g.add_edge("B", "D", 10)
    g.add_edge("C", "E", 3)
    g.add_edge("E", "D", 4)
    g.add_edge("D", "F", 11)
    g.add_edge("X", "Y", 1)
    for item in g.adj.items():
        print(item.key, end=": ")
        for e in item.value:
            print(e, end=" ")
        print()
    var res = g.shortest("A")
    var dist = res[0].copy()
    var prev = res[1].copy()
    var names = List[String]()
    for k in g.adj.keys():
        names.append(k)
    sort(names)
    for n in names:
        if n in dist:
            print(n, dist[n], path_to(prev, n))
        else:
            print(n, "unreachable")
