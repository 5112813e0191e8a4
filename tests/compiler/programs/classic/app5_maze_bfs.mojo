# Solve a text maze with breadth-first search and draw the shortest path.
from std.collections import Deque


def main() raises:
    var maze: List[String] = [
        "##########",
        "#S...#...#",
        "#.##.#.#.#",
        "#.#..#.#.#",
        "#.#.##.#.#",
        "#...#..#E#",
        "###...##.#",
        "##########",
    ]
    var rows = len(maze)
    var cols = maze[0].byte_length()
    var grid = List[List[String]]()
    var start = (0, 0)
    var goal = (0, 0)
    for r in range(rows):
        var row = List[String]()
        for c in range(cols):
            var ch = String(maze[r][byte=c])
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                goal = (r, c)
            row.append(ch)
        grid.append(row^)
    var prev = List[Int](length=rows * cols, fill=-1)
    var seen = List[Bool](length=rows * cols, fill=False)
    var queue = Deque[Int]()
    queue.append(start[0] * cols + start[1])
    seen[start[0] * cols + start[1]] = True
    var dr: List[Int] = [-1, 1, 0, 0]
    var dc: List[Int] = [0, 0, -1, 1]
    var visited = 0
    var found = False
    while queue:
        var cur = queue.popleft()
        visited += 1
        if cur == goal[0] * cols + goal[1]:
            found = True
            break
        var r = cur // cols
        var c = cur % cols
        for k in range(4):
            var nr = r + dr[k]
            var nc = c + dc[k]
            var idx = nr * cols + nc
            if grid[nr][nc] != "#" and not seen[idx]:
                seen[idx] = True
                prev[idx] = cur
                queue.append(idx)
    print("found:", found, "visited:", visited)
    var length = 0
    var p = prev[goal[0] * cols + goal[1]]
    while p != -1 and p != start[0] * cols + start[1]:
        grid[p // cols][p % cols] = "*"
        length += 1
        p = prev[p]
    print("path length:", length + 1)
    for row in grid:
        print("".join(row))
