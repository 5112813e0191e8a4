from std.collections import Set
from std.hash import Hasher

# A user struct as Dict key / Set element: chess squares.


@fieldwise_init
struct Square(Copyable, Hashable, Equatable, Writable):
    var file: Int
    var rank: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write(chr(ord("a") + self.file), self.rank + 1)


def knight_moves(s: Square) -> List[Square]:
    var out = List[Square]()
    var deltas: List[Tuple[Int, Int]] = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]
    for d in deltas:
        var f = s.file + d[0]
        var r = s.rank + d[1]
        if f >= 0 and f < 8 and r >= 0 and r < 8:
            out.append(Square(f, r))
    return out^


def main() raises:
    var start = Square(1, 0)
    var dist = Dict[Square, Int]()
    dist[start.copy()] = 0
    var frontier: List[Square] = [start.copy()]
    for step in range(1, 3):
        var nxt = List[Square]()
        for s in frontier:
            for m in knight_moves(s):
                if m not in dist:
                    dist[m.copy()] = step
                    nxt.append(m.copy())
        frontier = nxt^
        print("step", step, "new squares", len(frontier))
    print("reached", len(dist))
    print("c3 in", dist[Square(2, 2)], "start", dist[start])
    var seen = Set[Square]()
    for s in knight_moves(Square(0, 0)):
        seen.add(s.copy())
    for s in knight_moves(Square(7, 7)):
        seen.add(s.copy())
    print("corner moves", len(seen), Square(1, 2) in seen, Square(4, 4) in seen)
    print(Square(3, 3) == Square(3, 3), Square(3, 3) != Square(3, 4))
