from std.collections import Set

# Sparse grid stored in Dict[Tuple[Int, Int], Int] and visited Set of tuples.


def main() raises:
    var grid = Dict[Tuple[Int, Int], Int]()
    grid[(0, 0)] = 5
    grid[(2, 3)] = 7
    grid[(1, 1)] = -2
    grid[(0, 0)] += 1
    print(len(grid), grid[(0, 0)], grid[(2, 3)], (5, 5) in grid)
    var total = 0
    for e in grid.items():
        total += e.value
    print("total", total)
    var seen = Set[Tuple[Int, Int]]()
    seen.add((1, 2))
    seen.add((1, 2))
    seen.add((2, 1))
    print(len(seen), (2, 1) in seen, (3, 3) in seen)
    print(grid.get((9, 9), 0), grid.get((1, 1), 0))
