# A 3x3 box blur and a Sobel-x edge filter on a small grayscale image stored in one buffer.


def clampi(v: Int, lo: Int, hi: Int) -> Int:
    return max(lo, min(v, hi))


def main():
    comptime w = 8
    comptime h = 6
    var img = alloc[Float32](w * h)
    var out = alloc[Float32](w * h)
    for y in range(h):
        for x in range(w):
            img[unsafe_offset=y * w + x] = Float32(1.0) if x >= 4 else Float32(0.0)
    img[unsafe_offset=2 * w + 1] = 9.0

    for y in range(h):
        for x in range(w):
            var s: Float32 = 0
            for dy in range(-1, 2):
                for dx in range(-1, 2):
                    s += img[unsafe_offset=clampi(y + dy, 0, h - 1) * w + clampi(x + dx, 0, w - 1)]
            out[unsafe_offset=y * w + x] = s / 9
    for y in range(h):
        var line = String()
        for x in range(w):
            line += String(round(out[unsafe_offset=y * w + x], 3)) + " "
        print(line)

    # Sobel in x on interior pixels
    var edges = 0
    for y in range(1, h - 1):
        for x in range(1, w - 1):
            var gx = (img[unsafe_offset=(y - 1) * w + x + 1] + 2 * img[unsafe_offset=y * w + x + 1] + img[unsafe_offset=(y + 1) * w + x + 1]) - (img[unsafe_offset=(y - 1) * w + x - 1] + 2 * img[unsafe_offset=y * w + x - 1] + img[unsafe_offset=(y + 1) * w + x - 1])
            if abs(gx) > 1.5:
                edges += 1
    print("strong vertical edges:", edges)
    img.unsafe_free()
    out.unsafe_free()
