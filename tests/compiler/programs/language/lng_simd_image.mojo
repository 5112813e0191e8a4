# SIMD over pixel data: clamped brightness adjustment on UInt8 lanes,
# saturating arithmetic via wider types, histograms, and reductions.


def brighten(px: SIMD[DType.uint8, 8], amount: Int) -> SIMD[DType.uint8, 8]:
    var wide = px.cast[DType.int32]() + Int32(amount)
    var clamped = max(min(wide, SIMD[DType.int32, 8](255)), SIMD[DType.int32, 8](0))
    return clamped.cast[DType.uint8]()


def main():
    var row = SIMD[DType.uint8, 8](0, 30, 60, 90, 120, 180, 240, 255)
    print("row:", row)
    print("+40:", brighten(row, 40))
    print("-100:", brighten(row, -100))
    print("wrapping +40:", row + 40)
    var mean = row.cast[DType.float32]().reduce_add() / 8
    print("mean:", mean)
    var bright = row.gt(100)
    print("bright mask:", bright, "count:", bright.cast[DType.int32]().reduce_add())
    var inv = SIMD[DType.uint8, 8](255) - row
    print("inverted:", inv)
    var hist = List[Int](length=4, fill=0)
    for i in range(8):
        hist[Int(row[i]) // 64] += 1
    print("histogram:", hist)
    var gray = (row.cast[DType.float64]() * 0.5).cast[DType.uint8]()
    print("half:", gray, gray.reduce_max(), gray.reduce_min())
