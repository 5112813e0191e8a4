# stack_allocation as a scratch buffer: a small ring buffer and a moving average.
from std.memory import stack_allocation


def main():
    comptime cap = 4
    var ring = stack_allocation[cap, Float64]()
    for i in range(cap):
        ring[unsafe_offset=i] = 0.0
    var head = 0
    var filled = 0
    var samples: List[Float64] = [3.0, 5.0, 4.0, 8.0, 10.0, 1.0, 7.0]
    for s in samples:
        ring[unsafe_offset=head] = s
        head = (head + 1) % cap
        filled = min(filled + 1, cap)
        var sum = 0.0
        for k in range(filled):
            sum += ring[unsafe_offset=k]
        print("sample", s, "avg", sum / Float64(filled))
    var scratch = stack_allocation[8, DType.int32]()
    for i in range(8):
        scratch[unsafe_offset=i] = Int32(i * i)
    print("scratch vector:", scratch.unsafe_load[width=8]())
