# Backtracking sudoku solver with a candidate bitmask per row/column/box.

struct Sudoku:
    var grid: List[Int]
    var rows: List[Int]
    var cols: List[Int]
    var boxes: List[Int]
    var steps: Int

    def __init__(out self, puzzle: String) raises:
        self.grid = List[Int]()
        self.rows = List[Int](length=9, fill=0)
        self.cols = List[Int](length=9, fill=0)
        self.boxes = List[Int](length=9, fill=0)
        self.steps = 0
        for ch in puzzle.codepoint_slices():
            if ch == ".":
                self.grid.append(0)
            elif ch >= "1" and ch <= "9":
                self.grid.append(Int(ch))
        if len(self.grid) != 81:
            raise Error("puzzle must have 81 cells, got " + String(len(self.grid)))
        for i in range(81):
            var v = self.grid[i]
            if v != 0:
                if not self.can_place(i, v):
                    raise Error("conflict at cell " + String(i))
                self.place(i, v)

    @staticmethod
    def box_of(i: Int) -> Int:
        return (i // 27) * 3 + (i % 9) // 3

    def can_place(self, i: Int, v: Int) -> Bool:
        var bit = 1 << v
        return (self.rows[i // 9] & bit) == 0 and (self.cols[i % 9] & bit) == 0 and (
            self.boxes[Self.box_of(i)] & bit
        ) == 0

    def place(mut self, i: Int, v: Int):
        var bit = 1 << v
        self.grid[i] = v
        self.rows[i // 9] |= bit
        self.cols[i % 9] |= bit
        self.boxes[Self.box_of(i)] |= bit

    def remove(mut self, i: Int, v: Int):
        var bit = ~(1 << v)
        self.grid[i] = 0
        self.rows[i // 9] &= bit
        self.cols[i % 9] &= bit
        self.boxes[Self.box_of(i)] &= bit

    def solve(mut self) -> Bool:
        var best = -1
        var best_count = 10
        for i in range(81):
            if self.grid[i] == 0:
                var count = 0
                for v in range(1, 10):
                    if self.can_place(i, v):
                        count += 1
                if count < best_count:
                    best_count = count
                    best = i
        if best == -1:
            return True
        for v in range(1, 10):
            if self.can_place(best, v):
                self.steps += 1
                self.place(best, v)
                if self.solve():
                    return True
                self.remove(best, v)
        return False

    def show(self):
        for r in range(9):
            var line = String()
            for c in range(9):
                line += String(self.grid[r * 9 + c])
                if c == 2 or c == 5:
                    line += "|"
            print(line)
            if r == 2 or r == 5:
                print("---+---+---")


def main():
    var puzzle = (
        "53..7...."
        + "6..195..."
        + ".98....6."
        + "8...6...3"
        + "4..8.3..1"
        + "7...2...6"
        + ".6....28."
        + "...419..5"
        + "....8..79"
    )
    try:
        var s = Sudoku(puzzle)
        if s.solve():
            s.show()
            print("placements tried:", s.steps)
        else:
            print("no solution")
    except e:
        print("error:", e)
    try:
        _ = Sudoku("55" + "." * 79)
    except e:
        print("error:", e)
    try:
        _ = Sudoku("123")
    except e:
        print("error:", e)
