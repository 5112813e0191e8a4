# Shortest paths on a character grid: BFS for unit costs and Dijkstra with
# a hand-written binary heap for weighted terrain; prints the path drawn in.

from std.collections import Set

comptime INF = 1 << 60


@fieldwise_init
struct Node(Copyable, ImplicitlyCopyable):
    var dist: Int
    var cell: Int


struct Heap(Sized):
    var data: List[Node]

    def __init__(out self):
        self.data = List[Node]()

    def __len__(self) -> Int:
        return len(self.data)

    def push(mut self, n: Node):
        self.data.append(n)
        var i = len(self.data) - 1
        while i > 0:
            var p = (i - 1) // 2
            if self.data[p].dist <= self.data[i].dist:
                break
            self.data.swap_elements(p, i)
            i = p

    def pop(mut self) -> Node:
        var top = self.data[0]
        var last = self.data.pop()
        if len(self.data) > 0:
            self.data[0] = last
            var i = 0
            var n = len(self.data)
            while True:
                var l = 2 * i + 1
                var r = l + 1
                var m = i
                if l < n and self.data[l].dist < self.data[m].dist:
                    m = l
                if r < n and self.data[r].dist < self.data[m].dist:
                    m = r
                if m == i:
                    break
                self.data.swap_elements(i, m)
                i = m
        return top


def find(grid: List[String], ch: String) -> Int:
    var w = grid[0].byte_length()
    for y in range(len(grid)):
        for x in range(w):
            if String(grid[y][byte=x]) == ch:
                return y * w + x
    return -1


def cost(c: String) -> Int:
    if c == "#":
        return -1
    if c == "~":
        return 5
    if c == "^":
        return 3
    return 1


def shortest(grid: List[String], weighted: Bool) -> Tuple[Int, List[Int]]:
    var h = len(grid)
    var w = grid[0].byte_length()
    var start = find(grid, "S")
    var goal = find(grid, "G")
    var dist = List[Int](length=w * h, fill=INF)
    var came = List[Int](length=w * h, fill=-1)
    dist[start] = 0
    var dx: List[Int] = [1, -1, 0, 0]
    var dy: List[Int] = [0, 0, 1, -1]
    var heap = Heap()
    heap.push(Node(0, start))
    var settled = 0
    while len(heap) > 0:
        var cur = heap.pop()
        if cur.dist > dist[cur.cell]:
            continue
        settled += 1
        if cur.cell == goal:
            break
        var cx = cur.cell % w
        var cy = cur.cell // w
        for k in range(4):
            var nx = cx + dx[k]
            var ny = cy + dy[k]
            if nx < 0 or ny < 0 or nx >= w or ny >= h:
                continue
            var c = cost(String(grid[ny][byte=nx]))
            if c < 0:
                continue
            if not weighted:
                c = 1
            var nd = cur.dist + c
            var ni = ny * w + nx
            if nd < dist[ni]:
                dist[ni] = nd
                came[ni] = cur.cell
                heap.push(Node(nd, ni))
    var path = List[Int]()
    if dist[goal] == INF:
        return (-1, path^)
    var at = goal
    while at != -1:
        path.append(at)
        at = came[at]
    path.reverse()
    print("  settled", settled, "cells")
    return (dist[goal], path^)


def draw(grid: List[String], path: List[Int]):
    var w = grid[0].byte_length()
    var on = Set[Int]()
    for p in path:
        on.add(p)
    for y in range(len(grid)):
        var row = String()
        for x in range(w):
            var c = String(grid[y][byte=x])
            if y * w + x in on and c != "S" and c != "G":
                row += "*"
            else:
                row += c
        print(" ", row)


def main():
    var grid: List[String] = [
        "S..~~~....",
        ".#.~~~.##.",
        ".#..^^..#.",
        ".####^#.#.",
        "......#..G",
    ]
    for weighted in [False, True]:
        print("weighted" if weighted else "unweighted")
        var res = shortest(grid, weighted)
        print("  cost", res[0], "steps", len(res[1]) - 1)
        draw(grid, res[1])
    var blocked: List[String] = ["S#.", "##.", "..G"]
    var r = shortest(blocked, False)
    print("blocked:", r[0], len(r[1]))
