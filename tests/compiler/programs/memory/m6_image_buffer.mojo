# An image-like RGB buffer of bytes: fill a gradient, convert to grayscale, 3x3 box blur, threshold,
# histogram, with UInt8 arithmetic done in wider types.
from std.memory import unsafe_memset


def main():
    comptime W = 12
    comptime H = 8
    var rgb = alloc[UInt8](W * H * 3)
    for y in range(H):
        for x in range(W):
            var p = (y * W + x) * 3
            rgb[p] = UInt8(x * 255 // (W - 1))
            rgb[p + 1] = UInt8(y * 255 // (H - 1))
            rgb[p + 2] = UInt8((x * y * 7) % 256)
    var gray = alloc[UInt8](W * H)
    for i in range(W * H):
        var r = UInt32(rgb[i * 3])
        var g = UInt32(rgb[i * 3 + 1])
        var b = UInt32(rgb[i * 3 + 2])
        gray[i] = UInt8((r * 299 + g * 587 + b * 114) // 1000)
    print("grayscale:")
    for y in range(H):
        var line = String()
        for x in range(W):
            line += String(gray[y * W + x]).ascii_rjust(4)
        print(line)
    var blur = alloc[UInt8](W * H)
    unsafe_memset(blur, 0, W * H)
    for y in range(1, H - 1):
        for x in range(1, W - 1):
            var s: UInt32 = 0
            for dy in range(-1, 2):
                for dx in range(-1, 2):
                    s += UInt32(gray[(y + dy) * W + x + dx])
            blur[y * W + x] = UInt8(s // 9)
    print("blurred:")
    for y in range(H):
        var line = String()
        for x in range(W):
            line += String(blur[y * W + x]).ascii_rjust(4)
        print(line)
    var hist = List[Int](length=4, fill=0)
    for i in range(W * H):
        hist[Int(gray[i]) // 64] += 1
    print("histogram (4 bins):", hist)
    var art = String()
    for y in range(H):
        for x in range(W):
            art += "#" if gray[y * W + x] > 127 else "."
        art += "\n"
    print(art, end="")
    # saturating brighten using SIMD on 8 pixels at a time
    var row = gray.load[width=8](W * 3)
    var bright = (row.cast[DType.uint16]() + 100).clamp(0, 255).cast[DType.uint8]()
    print("row 3 first 8:", row, "brightened:", bright)
    print("wrapping add:", row + 100)
    rgb.free()
    gray.free()
    blur.free()
