# Matrix multiply with the inner loop vectorized over columns of C, checked against the naive loop.
from std.algorithm import vectorize


def main():
    comptime M = 5
    comptime K = 7
    comptime N = 10
    var A = alloc[Float32](M * K)
    var B = alloc[Float32](K * N)
    var C = alloc[Float32](M * N)
    var D = alloc[Float32](M * N)
    for i in range(M * K):
        A[unsafe_offset=i] = Float32(i % 5) - 2
    for i in range(K * N):
        B[unsafe_offset=i] = Float32(i % 3) * 0.5
    for i in range(M * N):
        C[unsafe_offset=i] = 0
        D[unsafe_offset=i] = 0
    for m in range(M):
        for k in range(K):
            var a = A[unsafe_offset=m * K + k]
            def row[w: Int](n: Int) {imm}:
                var c = C.unsafe_load[width=w](m * N + n)
                C.unsafe_store(m * N + n, c + a * B.unsafe_load[width=w](k * N + n))
            vectorize[4](N, row)
    for m in range(M):
        for n in range(N):
            var s: Float32 = 0
            for k in range(K):
                s += A[unsafe_offset=m * K + k] * B[unsafe_offset=k * N + n]
            D[unsafe_offset=m * N + n] = s
    var same = True
    for i in range(M * N):
        if C[unsafe_offset=i] != D[unsafe_offset=i]:
            same = False
    print("same as naive:", same)
    for m in range(M):
        print(C.unsafe_load[width=8](m * N), C[unsafe_offset=m * N + 8], C[unsafe_offset=m * N + 9])
    A.unsafe_free()
    B.unsafe_free()
    C.unsafe_free()
    D.unsafe_free()
