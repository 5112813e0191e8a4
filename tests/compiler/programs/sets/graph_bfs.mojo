from std.collections import Set


def bfs(adj: Dict[Int, List[Int]], start: Int) raises -> List[Int]:
    var seen = Set[Int](start)
    var order = List[Int]()
    var queue: List[Int] = [start]
    var head = 0
    while head < len(queue):
        var n = queue[head]
        head += 1
        order.append(n)
        for m in adj.get(n, List[Int]()):
            if m not in seen:
                seen.add(m)
                queue.append(m)
    return order^


def main() raises:
    var edges: List[Tuple[Int, Int]] = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5)]
    var adj = Dict[Int, List[Int]]()
    for e in edges:
        var a = e[0]
        var b = e[1]
        if a not in adj:
            adj[a] = List[Int]()
        adj[a].append(b)
        if b not in adj:
            adj[b] = List[Int]()
        adj[b].append(a)
    print(adj)
    print(bfs(adj, 1))
    var degrees = Dict[Int, Int]()
    for k in adj.keys():
        degrees[k] = len(adj[k])
    print(degrees)
    var leaves = [k for k in adj.keys() if len(adj[k]) == 1]
    print(leaves)
    var s1 = Set[Int](1, 2, 3)
    var s2 = Set[Int](2, 3, 4)
    print((s1 & s2).issubset(s1), len(s1 | s2), s1 ^ s2)
