# Conway's Game of Life on two raw UInt8 buffers that are swapped each
# generation (double buffering), with a struct owning the allocations.
from std.memory import alloc


struct Board(Movable):
    var cur: UnsafePointer[UInt8, MutUntrackedOrigin]
    var nxt: UnsafePointer[UInt8, MutUntrackedOrigin]
    var w: Int
    var h: Int
    var generation: Int

    def __init__(out self, w: Int, h: Int):
        self.w = w
        self.h = h
        self.generation = 0
        self.cur = alloc[UInt8](w * h)
        self.nxt = alloc[UInt8](w * h)
        for i in range(w * h):
            self.cur[i] = 0
            self.nxt[i] = 0

    def __deinit__(deinit self):
        self.cur.free()
        self.nxt.free()

    def place(mut self, pattern: List[String], ox: Int, oy: Int):
        for y in range(len(pattern)):
            var row = pattern[y]
            var x = 0
            for b in row.as_bytes():
                if b == UInt8(ord("O")):
                    self.cur[(oy + y) * self.w + ox + x] = 1
                x += 1

    def alive_neighbours(self, x: Int, y: Int) -> Int:
        var n = 0
        for dy in range(-1, 2):
            var yy = y + dy
            if yy < 0 or yy >= self.h:
                continue
            for dx in range(-1, 2):
                var xx = x + dx
                if (dx == 0 and dy == 0) or xx < 0 or xx >= self.w:
                    continue
                n += Int(self.cur[yy * self.w + xx])
        return n

    def step(mut self):
        for y in range(self.h):
            for x in range(self.w):
                var n = self.alive_neighbours(x, y)
                var i = y * self.w + x
                var alive = self.cur[i] == 1
                self.nxt[i] = 1 if (n == 3 or (alive and n == 2)) else 0
        swap(self.cur, self.nxt)
        self.generation += 1

    def population(self) -> Int:
        var p = 0
        for i in range(self.w * self.h):
            p += Int(self.cur[i])
        return p

    def bounding_box(self) -> Tuple[Int, Int, Int, Int]:
        var x0 = self.w
        var y0 = self.h
        var x1 = -1
        var y1 = -1
        for y in range(self.h):
            for x in range(self.w):
                if self.cur[y * self.w + x]:
                    x0 = min(x0, x)
                    y0 = min(y0, y)
                    x1 = max(x1, x)
                    y1 = max(y1, y)
        return (x0, y0, x1, y1)

    def render(self) -> String:
        var s = String()
        for y in range(self.h):
            for x in range(self.w):
                s += "O" if self.cur[y * self.w + x] else "."
            s += "\n"
        return s


def main():
    var b = Board(16, 10)
    var glider: List[String] = [".O.", "..O", "OOO"]
    var blinker: List[String] = ["OOO"]
    var block: List[String] = ["OO", "OO"]
    b.place(glider, 1, 1)
    b.place(blinker, 11, 2)
    b.place(block, 12, 7)
    print("generation", b.generation, "population", b.population())
    print(b.render(), end="")
    for _ in range(4):
        b.step()
    print("generation", b.generation, "population", b.population())
    print(b.render(), end="")
    var history = List[Int]()
    for _ in range(20):
        b.step()
        history.append(b.population())
    print("populations:", history)
    var bb = b.bounding_box()
    print("bbox:", bb[0], bb[1], bb[2], bb[3])

    var rpent = Board(40, 30)
    var r: List[String] = [".OO", "OO.", ".O."]
    rpent.place(r, 18, 13)
    var peak = 0
    var peak_gen = 0
    for _ in range(60):
        rpent.step()
        var p = rpent.population()
        if p > peak:
            peak = p
            peak_gen = rpent.generation
    print("r-pentomino: peak", peak, "at generation", peak_gen, "now", rpent.population())
