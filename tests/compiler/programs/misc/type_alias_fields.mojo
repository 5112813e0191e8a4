comptime Vec = SIMD[DType.float32, 4]
comptime Real = Float64


@fieldwise_init
struct Particle(Copyable, Movable):
    var pos: Vec
    var mass: Real


def main():
    var p = Particle(Vec(1, 2, 3, 4), 2.5)
    print(p.pos * 2, p.mass)
