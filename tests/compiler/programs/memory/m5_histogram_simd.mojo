# Byte histogram: count values into 16 buckets, using SIMD compares to count one bucket at a time.


def main():
    comptime n = 64
    var bytes = alloc[UInt8](n)
    var seed: UInt32 = 12345
    for i in range(n):
        seed = seed * 1103515245 + 12345
        bytes[unsafe_offset=i] = UInt8((seed >> 16) & 0xFF)

    var hist = Array[Int, 16](fill=0)
    for i in range(n):
        hist[Int(bytes[unsafe_offset=i] >> 4)] += 1
    for b in range(16):
        print("bucket", b, "count", hist[b])

    # the same counts for bucket 3 with 16-wide SIMD comparisons
    var count = 0
    for off in range(0, n, 16):
        var chunk = bytes.unsafe_load[width=16](off) >> 4
        var mask = chunk.eq(3)
        count += Int(mask.cast[DType.uint8]().reduce_add())
    print("bucket 3 via SIMD:", count, "matches:", count == hist[3])

    var lo = bytes.unsafe_load[width=16](0)
    print("min/max of first 16:", lo.reduce_min(), lo.reduce_max())
    bytes.unsafe_free()
