# Tensor[dtype](rows, cols) with t[Index(i, j)] and t[i, j], its shape queries and its copy (late 2023)
from tensor import Tensor
from utils.index import Index

fn fill(inout t: Tensor[DType.float64]):
    for i in range(t.dim(0)):
        for j in range(t.dim(1)):
            t[Index(i, j)] = i * 10 + j

fn main():
    var t = Tensor[DType.float64](3, 4)
    fill(t)
    print(t[2, 3], t[Index(1, 2)], t.num_elements(), t.rank(), t.dim(0), t.dim(1))
    var u = t
    u[0, 0] = 99
    print(t[0, 0], u[0, 0], t.data().load(5))
    var v = Tensor[DType.int32](2, 2, 2)
    v[1, 1, 1] = 7
    print(v[7], v.num_elements())
