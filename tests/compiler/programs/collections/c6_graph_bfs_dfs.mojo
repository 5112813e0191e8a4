from std.collections import Deque, Set

# Route planning on a small metro map: BFS shortest hops, DFS order, components.


def add_edge(mut g: Dict[Int, List[Int]], a: Int, b: Int) raises:
    if a not in g:
        g[a] = List[Int]()
    if b not in g:
        g[b] = List[Int]()
    g[a].append(b)
    g[b].append(a)


def bfs(g: Dict[Int, List[Int]], start: Int) raises -> Dict[Int, Int]:
    var dist = Dict[Int, Int]()
    dist[start] = 0
    var q = Deque[Int]()
    q.append(start)
    while len(q) > 0:
        var u = q.popleft()
        for v in g[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                q.append(v)
    return dist^


def dfs(g: Dict[Int, List[Int]], u: Int, mut seen: Set[Int], mut order: List[Int]) raises:
    seen.add(u)
    order.append(u)
    var nbrs = g[u].copy()
    sort(nbrs)
    for v in nbrs:
        if v not in seen:
            dfs(g, v, seen, order)


def main() raises:
    var g = Dict[Int, List[Int]]()
    add_edge(g, 1, 2)
    add_edge(g, 1, 3)
    add_edge(g, 2, 4)
    add_edge(g, 3, 4)
    add_edge(g, 4, 5)
    add_edge(g, 6, 7)
    print("stations:", len(g))
    for k in g.keys():
        print(k, "->", g[k])
    var dist = bfs(g, 1)
    for k in dist.keys():
        print("hops to", k, "=", dist[k])
    print("7 reachable from 1:", 7 in dist)
    var seen = Set[Int]()
    var order = List[Int]()
    dfs(g, 1, seen, order)
    print("dfs order:", order)
    var components = 0
    var all_seen = Set[Int]()
    for k in g.keys():
        if k not in all_seen:
            components += 1
            var o = List[Int]()
            dfs(g, k, all_seen, o)
            print("component", components, o)
    print("components:", components)
