@fieldwise_init
struct Body(Copyable, Movable):
    var pos: SIMD[DType.float64, 4]
    var mass: Float64

def main():
    var bodies = List[Body]()
    for i in range(10):
        bodies.append(Body(SIMD[DType.float64, 4](Float64(i)), 1.0))
    var total = SIMD[DType.float64, 4](0)
    for b in bodies:
        total += b.pos * b.mass
    print(total)
