from math.limit import inf, neginf, max_finite

fn main():
    print(inf[DType.float32](), neginf[DType.float64](), max_finite[DType.int8]())
