# Backtracking: count and print N-queens solutions with bitmasks, then solve
# a sudoku with constraint sets kept as bitmasks per row, column and box.


def queens(n: Int, row: Int, cols: Int, d1: Int, d2: Int, mut placed: List[Int], mut sols: List[List[Int]]) -> Int:
    if row == n:
        if len(sols) < 2:
            sols.append(placed.copy())
        return 1
    var count = 0
    var avail = ~(cols | d1 | d2) & ((1 << n) - 1)
    while avail != 0:
        var bit = avail & -avail
        avail ^= bit
        var col = 0
        while (1 << col) != bit:
            col += 1
        placed.append(col)
        count += queens(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1, placed, sols)
        _ = placed.pop()
    return count


def show_board(sol: List[Int]):
    for c in sol:
        var line = String()
        for k in range(len(sol)):
            line += "Q " if k == c else ". "
        print(line.rstrip())


struct Sudoku:
    var cells: List[Int]
    var rows: List[Int]
    var cols: List[Int]
    var boxes: List[Int]
    var steps: Int

    def __init__(out self, puzzle: String) raises:
        self.cells = List[Int]()
        self.rows = List[Int](length=9, fill=0)
        self.cols = List[Int](length=9, fill=0)
        self.boxes = List[Int](length=9, fill=0)
        self.steps = 0
        for ch in puzzle.codepoint_slices():
            if ch == ".":
                self.cells.append(0)
            else:
                self.cells.append(Int(ch))
        if len(self.cells) != 81:
            raise Error("puzzle must have 81 cells, got " + String(len(self.cells)))
        for i in range(81):
            var v = self.cells[i]
            if v != 0:
                var bit = 1 << v
                var r = i // 9
                var c = i % 9
                var b = (r // 3) * 3 + c // 3
                if (self.rows[r] | self.cols[c] | self.boxes[b]) & bit:
                    raise Error("conflict at row " + String(r + 1) + " col " + String(c + 1))
                self.rows[r] |= bit
                self.cols[c] |= bit
                self.boxes[b] |= bit

    def solve(mut self) -> Bool:
        # choose the empty cell with the fewest candidates
        var best = -1
        var best_count = 10
        for i in range(81):
            if self.cells[i] != 0:
                continue
            var used = self.rows[i // 9] | self.cols[i % 9] | self.boxes[(i // 27) * 3 + (i % 9) // 3]
            var n = 0
            for v in range(1, 10):
                if not (used & (1 << v)):
                    n += 1
            if n < best_count:
                best_count = n
                best = i
        if best == -1:
            return True
        var r = best // 9
        var c = best % 9
        var b = (r // 3) * 3 + c // 3
        for v in range(1, 10):
            var bit = 1 << v
            if (self.rows[r] | self.cols[c] | self.boxes[b]) & bit:
                continue
            self.steps += 1
            self.cells[best] = v
            self.rows[r] |= bit
            self.cols[c] |= bit
            self.boxes[b] |= bit
            if self.solve():
                return True
            self.cells[best] = 0
            self.rows[r] &= ~bit
            self.cols[c] &= ~bit
            self.boxes[b] &= ~bit
        return False

    def show(self):
        for r in range(9):
            var line = String()
            for c in range(9):
                line += String(self.cells[r * 9 + c])
                if c == 2 or c == 5:
                    line += "|"
            print(line)
            if r == 2 or r == 5:
                print("---+---+---")


def main() raises:
    for n in range(4, 10):
        var placed = List[Int]()
        var sols = List[List[Int]]()
        var count = queens(n, 0, 0, 0, 0, placed, sols)
        print(n, "queens:", count, "solutions")
        if n == 6:
            show_board(sols[0])
    var s = Sudoku(
        "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79"
    )
    if s.solve():
        s.show()
        print("placements tried:", s.steps)
    try:
        var bad = Sudoku("55" + "." * 79)
        _ = bad.solve()
    except e:
        print("error:", e)
    try:
        var short = Sudoku("123")
        _ = short.solve()
    except e:
        print("error:", e)
