# Conway's Game of Life on a wrapping (toroidal) board.

struct Board(Writable):
    var rows: Int
    var cols: Int
    var cells: List[Bool]

    def __init__(out self, rows: Int, cols: Int):
        self.rows = rows
        self.cols = cols
        self.cells = List[Bool](length=rows * cols, fill=False)

    def __init__(out self, *, copy: Self):
        self.rows = copy.rows
        self.cols = copy.cols
        self.cells = copy.cells.copy()

    def get(self, r: Int, c: Int) -> Bool:
        var rr = (r + self.rows) % self.rows
        var cc = (c + self.cols) % self.cols
        return self.cells[rr * self.cols + cc]

    def set(mut self, r: Int, c: Int, alive: Bool):
        self.cells[r * self.cols + c] = alive

    def neighbours(self, r: Int, c: Int) -> Int:
        var n = 0
        for dr in range(-1, 2):
            for dc in range(-1, 2):
                if (dr != 0 or dc != 0) and self.get(r + dr, c + dc):
                    n += 1
        return n

    def step(self) -> Board:
        var nxt = Board(self.rows, self.cols)
        for r in range(self.rows):
            for c in range(self.cols):
                var n = self.neighbours(r, c)
                var alive = self.get(r, c)
                nxt.set(r, c, n == 3 or (alive and n == 2))
        return nxt^

    def population(self) -> Int:
        var count = 0
        for cell in self.cells:
            if cell:
                count += 1
        return count

    def write_to(self, mut writer: Some[Writer]):
        for r in range(self.rows):
            for c in range(self.cols):
                writer.write("#" if self.get(r, c) else ".")
            writer.write("\n")


def from_pattern(rows: Int, cols: Int, pattern: List[String]) -> Board:
    var b = Board(rows, cols)
    for r in range(len(pattern)):
        var line = pattern[r]
        for c in range(line.byte_length()):
            if line[byte=c] == "O":
                b.set(r, c, True)
    return b^


def main():
    var glider: List[String] = [".O", "..O", "OOO"]
    var board = from_pattern(6, 6, glider)
    for gen in range(5):
        print("gen", gen, "pop", board.population())
        print(board, end="")
        board = board.step()
    var blinker = from_pattern(5, 5, ["", "", ".OOO"])
    var b2 = blinker.step()
    print(b2, end="")
    var b3 = b2.step()
    var same = True
    for i in range(len(b3.cells)):
        if b3.cells[i] != blinker.cells[i]:
            same = False
    print("period 2:", same)
