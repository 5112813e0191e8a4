from std.collections import Deque, Set


def bfs(adj: Dict[Int, List[Int]], start: Int) raises -> List[Int]:
    var seen = Set[Int](start)
    var order = List[Int]()
    var q = Deque[Int]()
    q.append(start)
    while q:
        var node = q.popleft()
        order.append(node)
        for nb in adj[node]:
            if nb not in seen:
                seen.add(nb)
                q.append(nb)
    return order^


def dfs(adj: Dict[Int, List[Int]], node: Int, mut seen: Set[Int], mut out: List[Int]) raises:
    seen.add(node)
    out.append(node)
    for nb in adj[node]:
        if nb not in seen:
            dfs(adj, nb, seen, out)


def main() raises:
    var edges: List[Tuple[Int, Int]] = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (5, 4)]
    var adj = Dict[Int, List[Int]]()
    for e in edges:
        var a = e[0]
        var b = e[1]
        if a not in adj:
            adj[a] = List[Int]()
        if b not in adj:
            adj[b] = List[Int]()
        adj[a].append(b)
        adj[b].append(a)
    for item in adj.items():
        print(item.key, "->", item.value)
    print(bfs(adj, 0))
    var seen = Set[Int]()
    var out = List[Int]()
    dfs(adj, 5, seen, out)
    print(out)
    var degree = Dict[Int, Int]()
    for item in adj.items():
        degree[item.key] = len(item.value)
    print(degree)
