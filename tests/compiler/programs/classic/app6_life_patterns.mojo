# Conway's game of life on a fixed grid with named patterns, generation
# statistics and period detection via hashing the board.

comptime W = 12
comptime H = 10


struct Board(Copyable, Equatable, Writable):
    var cells: List[Bool]

    def __init__(out self):
        self.cells = List[Bool](length=W * H, fill=False)

    def __getitem__(self, r: Int, c: Int) -> Bool:
        var rr = (r + H) % H
        var cc = (c + W) % W
        return self.cells[rr * W + cc]

    def __setitem__(mut self, r: Int, c: Int, v: Bool):
        self.cells[r * W + c] = v

    def __eq__(self, other: Self) -> Bool:
        for i in range(W * H):
            if self.cells[i] != other.cells[i]:
                return False
        return True

    def population(self) -> Int:
        var n = 0
        for v in self.cells:
            if v:
                n += 1
        return n

    def neighbours(self, r: Int, c: Int) -> Int:
        var n = 0
        for dr in range(-1, 2):
            for dc in range(-1, 2):
                if (dr != 0 or dc != 0) and self[r + dr, c + dc]:
                    n += 1
        return n

    def step(self) -> Board:
        var nb = Board()
        for r in range(H):
            for c in range(W):
                var k = self.neighbours(r, c)
                var alive = self[r, c]
                nb[r, c] = (alive and (k == 2 or k == 3)) or (not alive and k == 3)
        return nb^

    def write_to(self, mut writer: Some[Writer]):
        for r in range(H):
            for c in range(W):
                writer.write("#" if self[r, c] else ".")
            writer.write("\n")


def place(mut b: Board, pattern: List[String], r0: Int, c0: Int):
    for i in range(len(pattern)):
        var row = pattern[i]
        for j in range(row.byte_length()):
            if row[byte=j] == "O":
                b[r0 + i, c0 + j] = True


def run(name: String, pattern: List[String], gens: Int):
    var b = Board()
    place(b, pattern, 3, 4)
    print("==", name, "pop", b.population())
    var history = List[Board]()
    history.append(b.copy())
    for g in range(1, gens + 1):
        b = b.step()
        var found = -1
        for i in range(len(history)):
            if history[i] == b:
                found = i
                break
        if found >= 0:
            print("gen", g, "repeats gen", found, "-> period", g - found)
            break
        history.append(b.copy())
    print(b, end="")
    print("final population", b.population())


def main():
    var blinker: List[String] = ["OOO"]
    var glider: List[String] = [".O.", "..O", "OOO"]
    var toad: List[String] = [".OOO", "OOO."]
    var block: List[String] = ["OO", "OO"]
    var rpent: List[String] = [".OO", "OO.", ".O."]
    run("blinker", blinker, 10)
    run("toad", toad, 10)
    run("block", block, 5)
    run("glider", glider, 60)
    run("r-pentomino", rpent, 30)
