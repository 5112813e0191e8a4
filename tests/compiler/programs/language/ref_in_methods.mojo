@fieldwise_init
struct Particle(Copyable, Writable):
    var x: Float64
    var v: Float64

    def write_to(self, mut writer: Some[Writer]):
        writer.write("P(", self.x, ", ", self.v, ")")


struct World:
    var particles: List[Particle]
    var ticks: Int

    def __init__(out self):
        self.particles = [Particle(0.0, 1.0), Particle(10.0, -2.0)]
        self.ticks = 0

    def step(mut self, dt: Float64):
        for ref p in self.particles:
            p.x += p.v * dt
        ref t = self.ticks
        t += 1

    def fastest(self) -> Float64:
        var best = 0.0
        for p in self.particles:
            if abs(p.v) > best:
                best = abs(p.v)
        return best


def bump(mut xs: List[Int]):
    for ref x in xs:
        x += 100


def main():
    var w = World()
    w.step(0.5)
    w.step(0.5)
    for p in w.particles:
        print(p)
    print(w.ticks, w.fastest())
    var nums: List[Int] = [1, 2]
    bump(nums)
    print(nums[0], nums[1])
    var grid: List[List[Int]] = [[1, 2], [3, 4]]
    for ref row in grid:
        for ref cell in row:
            cell *= 10
    print(grid[1][1])
    var words: List[String] = ["a", "b"]
    for ref w2 in words:
        w2 += "!"
    print(words[0] + words[1])
