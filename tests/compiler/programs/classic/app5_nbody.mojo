# A 2-D N-body simulation with a leapfrog integrator; prints rounded state.
from std.math import sqrt

@fieldwise_init
struct Vec2(ImplicitlyCopyable, Writable):
    var x: Float64
    var y: Float64

    def __add__(self, o: Vec2) -> Vec2:
        return Vec2(self.x + o.x, self.y + o.y)

    def __sub__(self, o: Vec2) -> Vec2:
        return Vec2(self.x - o.x, self.y - o.y)

    def __mul__(self, k: Float64) -> Vec2:
        return Vec2(self.x * k, self.y * k)

    def __iadd__(mut self, o: Vec2):
        self.x += o.x
        self.y += o.y

    def length(self) -> Float64:
        return sqrt(self.x * self.x + self.y * self.y)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", round(self.x, 3), ", ", round(self.y, 3), ")")


@fieldwise_init
struct Body(Copyable):
    var name: String
    var mass: Float64
    var pos: Vec2
    var vel: Vec2


def accelerations(bodies: List[Body]) -> List[Vec2]:
    comptime G = 1.0
    comptime SOFTENING = 0.01
    var acc = List[Vec2]()
    for i in range(len(bodies)):
        var a = Vec2(0, 0)
        for j in range(len(bodies)):
            if i == j:
                continue
            var d = bodies[j].pos - bodies[i].pos
            var r = sqrt(d.x * d.x + d.y * d.y + SOFTENING)
            a += d * (G * bodies[j].mass / (r * r * r))
        acc.append(a)
    return acc^


def energy(bodies: List[Body]) -> Float64:
    var e = 0.0
    for i in range(len(bodies)):
        var v = bodies[i].vel.length()
        e += 0.5 * bodies[i].mass * v * v
        for j in range(i + 1, len(bodies)):
            var d = (bodies[j].pos - bodies[i].pos).length()
            e -= bodies[i].mass * bodies[j].mass / d
    return e


def main():
    var bodies = List[Body]()
    bodies.append(Body("sun", 1000.0, Vec2(0, 0), Vec2(0, 0)))
    bodies.append(Body("earth", 1.0, Vec2(10, 0), Vec2(0, 10)))
    bodies.append(Body("moon", 0.01, Vec2(10.5, 0), Vec2(0, 11.4)))
    var dt = 0.001
    var e0 = energy(bodies)
    print("initial energy:", round(e0, 4))
    var acc = accelerations(bodies)
    for step in range(1, 3001):
        for i in range(len(bodies)):
            bodies[i].vel += acc[i] * (dt / 2)
            bodies[i].pos += bodies[i].vel * dt
        acc = accelerations(bodies)
        for i in range(len(bodies)):
            bodies[i].vel += acc[i] * (dt / 2)
        if step % 1000 == 0:
            print("step", step)
            for b in bodies:
                print("  ", b.name, b.pos, b.vel)
    var e1 = energy(bodies)
    var drift = abs((e1 - e0) / e0)
    print("energy drift small:", drift < 1e-3)
