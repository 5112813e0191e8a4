from std.collections import Deque


def bfs(graph: Dict[Int, List[Int]], start: Int) raises -> List[Int]:
    var order = List[Int]()
    var seen = Dict[Int, Bool]()
    var queue = Deque[Int]()
    queue.append(start)
    seen[start] = True
    while queue:
        var node = queue.popleft()
        order.append(node)
        for nxt in graph.get(node, List[Int]()):
            if nxt not in seen:
                seen[nxt] = True
                queue.append(nxt)
    return order^


def shortest(graph: Dict[Int, List[Int]], src: Int, dst: Int) raises -> Int:
    var dist = Dict[Int, Int]()
    dist[src] = 0
    var q = Deque[Int](src)
    while len(q) > 0:
        var u = q.popleft()
        if u == dst:
            return dist.get(u, -1)
        for v in graph.get(u, List[Int]()):
            if v not in dist:
                dist[v] = dist.get(u, 0) + 1
                q.append(v)
    return -1


def main() raises:
    var g = Dict[Int, List[Int]]()
    var edges: List[Tuple[Int, Int]] = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (5, 6), (2, 7)]
    for e in edges:
        g.setdefault(e[0], List[Int]()).append(e[1])
        g.setdefault(e[1], List[Int]()).append(e[0])
    print("bfs from 1:", bfs(g, 1))
    print("bfs from 6:", bfs(g, 6))
    print("1 -> 6:", shortest(g, 1, 6))
    print("7 -> 5:", shortest(g, 7, 5))
    print("1 -> 99:", shortest(g, 1, 99))
    for k in g.keys():
        print(k, len(g[k]) if k in g else 0)
