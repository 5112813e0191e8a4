# Inclusive and exclusive prefix sums over an UnsafePointer buffer, plus a range-sum query.


def inclusive_scan(src: UnsafePointer[Int64, MutUntrackedOrigin], dst: UnsafePointer[Int64, MutUntrackedOrigin], n: Int):
    var running: Int64 = 0
    for i in range(n):
        running += src[unsafe_offset=i]
        dst[unsafe_offset=i] = running


def exclusive_scan(src: UnsafePointer[Int64, MutUntrackedOrigin], dst: UnsafePointer[Int64, MutUntrackedOrigin], n: Int):
    var running: Int64 = 0
    for i in range(n):
        dst[unsafe_offset=i] = running
        running += src[unsafe_offset=i]


def main():
    comptime n = 12
    var data = alloc[Int64](n)
    var inc = alloc[Int64](n)
    var exc = alloc[Int64](n)
    for i in range(n):
        data[unsafe_offset=i] = Int64((i * 7 + 3) % 10)
    inclusive_scan(data, inc, n)
    exclusive_scan(data, exc, n)
    for i in range(n):
        print(i, data[unsafe_offset=i], inc[unsafe_offset=i], exc[unsafe_offset=i])
    # sum of data[3..8) from the prefix sums
    print("sum[3:8] =", inc[unsafe_offset=7] - inc[unsafe_offset=2])
    # in-place scan using SIMD chunks of 4 (Hillis-Steele within a vector)
    var v = data.unsafe_load[width=4](0)
    v = v + v.shift_right[1]()
    v = v + v.shift_right[2]()
    print("simd scan of first 4:", v)
    data.unsafe_free()
    inc.unsafe_free()
    exc.unsafe_free()
