# Sudoku solver with bitmask candidates, most-constrained-cell heuristic,
# validation and a count of search nodes.

struct Sudoku(Writable):
    var g: List[Int]
    var rows: List[Int]
    var cols: List[Int]
    var boxes: List[Int]
    var nodes: Int

    def __init__(out self, text: String) raises:
        self.g = List[Int]()
        self.rows = List[Int](length=9, fill=0)
        self.cols = List[Int](length=9, fill=0)
        self.boxes = List[Int](length=9, fill=0)
        self.nodes = 0
        for ch in text.codepoint_slices():
            if ch == "." or ch == "0":
                self.g.append(0)
            elif ch >= "1" and ch <= "9":
                self.g.append(Int(ch))
        if len(self.g) != 81:
            raise Error("bad puzzle length " + String(len(self.g)))
        for i in range(81):
            var v = self.g[i]
            if v != 0:
                var bit = 1 << v
                var r = i // 9
                var c = i % 9
                var b = (r // 3) * 3 + c // 3
                if (self.rows[r] | self.cols[c] | self.boxes[b]) & bit:
                    raise Error("conflict at cell " + String(i))
                self.rows[r] |= bit
                self.cols[c] |= bit
                self.boxes[b] |= bit

    @staticmethod
    def popcount(x: Int) -> Int:
        var n = 0
        var y = x
        while y:
            y &= y - 1
            n += 1
        return n

    def solve(mut self) -> Bool:
        self.nodes += 1
        var best = -1
        var best_count = 10
        var best_mask = 0
        for i in range(81):
            if self.g[i] == 0:
                var r = i // 9
                var c = i % 9
                var b = (r // 3) * 3 + c // 3
                var mask = ~(self.rows[r] | self.cols[c] | self.boxes[b]) & 0x3FE
                var cnt = Self.popcount(mask)
                if cnt < best_count:
                    best = i
                    best_count = cnt
                    best_mask = mask
        if best == -1:
            return True
        if best_count == 0:
            return False
        var r = best // 9
        var c = best % 9
        var b = (r // 3) * 3 + c // 3
        for v in range(1, 10):
            var bit = 1 << v
            if best_mask & bit:
                self.g[best] = v
                self.rows[r] |= bit
                self.cols[c] |= bit
                self.boxes[b] |= bit
                if self.solve():
                    return True
                self.rows[r] ^= bit
                self.cols[c] ^= bit
                self.boxes[b] ^= bit
                self.g[best] = 0
        return False

    def write_to(self, mut writer: Some[Writer]):
        for r in range(9):
            if r % 3 == 0 and r > 0:
                writer.write("------+-------+------\n")
            for c in range(9):
                if c % 3 == 0 and c > 0:
                    writer.write("| ")
                var v = self.g[r * 9 + c]
                writer.write(String(v) if v else ".", " ")
            writer.write("\n")


def check(s: Sudoku) -> Bool:
    for k in range(9):
        var seen_r = 0
        var seen_c = 0
        for j in range(9):
            seen_r |= 1 << s.g[k * 9 + j]
            seen_c |= 1 << s.g[j * 9 + k]
        if seen_r != 0x3FE or seen_c != 0x3FE:
            return False
    return True


def main():
    var puzzles: List[String] = [
        "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
        "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
        "11.......",
        "55..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    ]
    for p in puzzles:
        try:
            var s = Sudoku(p)
            var ok = s.solve()
            print("solved:", ok, "nodes:", s.nodes, "valid:", check(s))
            print(s)
        except e:
            print("error:", e)
