# N-body simulation (the classic benchmark) with a small fixed system,
# energy before/after and momentum correction.
from std.math import sqrt

comptime PI = 3.141592653589793
comptime SOLAR_MASS = 4 * PI * PI
comptime DAYS_PER_YEAR = 365.24


@fieldwise_init
struct Body(Copyable):
    var pos: SIMD[DType.float64, 4]
    var vel: SIMD[DType.float64, 4]
    var mass: Float64


def energy(bodies: List[Body]) -> Float64:
    var e = 0.0
    for i in range(len(bodies)):
        ref b = bodies[i]
        e += 0.5 * b.mass * (b.vel * b.vel).reduce_add()
        for j in range(i + 1, len(bodies)):
            var d = b.pos - bodies[j].pos
            e -= b.mass * bodies[j].mass / sqrt((d * d).reduce_add())
    return e


def offset_momentum(mut bodies: List[Body]):
    var p = SIMD[DType.float64, 4](0)
    for b in bodies:
        p += b.vel * b.mass
    bodies[0].vel = -p / SOLAR_MASS


def advance(mut bodies: List[Body], dt: Float64):
    var n = len(bodies)
    for i in range(n):
        for j in range(i + 1, n):
            var d = bodies[i].pos - bodies[j].pos
            var d2 = (d * d).reduce_add()
            var mag = dt / (d2 * sqrt(d2))
            var mi = bodies[i].mass
            var mj = bodies[j].mass
            bodies[i].vel -= d * (mj * mag)
            bodies[j].vel += d * (mi * mag)
    for ref b in bodies:
        b.pos += b.vel * dt


def main():
    var bodies = List[Body]()
    bodies.append(Body(SIMD[DType.float64, 4](0), SIMD[DType.float64, 4](0), SOLAR_MASS))
    bodies.append(Body(
        SIMD[DType.float64, 4](4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01, 0),
        SIMD[DType.float64, 4](1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 0) * DAYS_PER_YEAR,
        9.54791938424326609e-04 * SOLAR_MASS))
    bodies.append(Body(
        SIMD[DType.float64, 4](8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01, 0),
        SIMD[DType.float64, 4](-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 0) * DAYS_PER_YEAR,
        2.85885980666130812e-04 * SOLAR_MASS))
    bodies.append(Body(
        SIMD[DType.float64, 4](1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01, 0),
        SIMD[DType.float64, 4](2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 0) * DAYS_PER_YEAR,
        4.36624404335156298e-05 * SOLAR_MASS))
    bodies.append(Body(
        SIMD[DType.float64, 4](1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01, 0),
        SIMD[DType.float64, 4](2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 0) * DAYS_PER_YEAR,
        5.15138902046611451e-05 * SOLAR_MASS))
    offset_momentum(bodies)
    var e0 = energy(bodies)
    print("energy before:", round(e0, 9))
    for step in range(1, 1001):
        advance(bodies, 0.01)
        if step % 250 == 0:
            print("step", step, "energy", round(energy(bodies), 9))
    var e1 = energy(bodies)
    print("energy after:", round(e1, 9))
    print("drift small:", abs(e1 - e0) < 1e-4)
    print("jupiter x:", round(bodies[1].pos[0], 6))
