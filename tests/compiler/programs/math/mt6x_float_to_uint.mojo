def main():
    var vals: List[Float64] = [1e21, -1e21, 5e9, -0.5, -1.0, 4.2e9, 2.0 ** 63, 2.0 ** 64]
    for v in vals:
        print(v, UInt32(v), UInt64(v), UInt(v), UInt16(v), Int16(v))
