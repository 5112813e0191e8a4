# Compile-time parameters: Bool and Int struct parameters selecting
# behaviour, comptime members derived from them, and parametric aliases.


struct Counter[step: Int, wrap: Bool = False](Writable):
    comptime limit = Self.step * 10
    var value: Int

    def __init__(out self):
        self.value = 0

    def tick(mut self):
        self.value += Self.step
        comptime if Self.wrap:
            if self.value >= Self.limit:
                self.value -= Self.limit

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Counter[", Self.step, "](", self.value, ")")


comptime ByTwo = Counter[2]
comptime Wrapping = Counter[3, True]


def run[n: Int, step: Int, wrap: Bool](ticks: Int) -> Int:
    var c = Counter[step, wrap]()
    for _ in range(ticks):
        c.tick()
    return c.value * n


def main():
    var a = ByTwo()
    for _ in range(25):
        a.tick()
    print(a, ByTwo.limit)
    var b = Wrapping()
    for _ in range(25):
        b.tick()
    print(b, Wrapping.limit)
    print(run[1, 5, False](7), run[2, 5, True](11))
