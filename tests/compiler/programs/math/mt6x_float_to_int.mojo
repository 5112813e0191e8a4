def main():
    var vals: List[Float64] = [1e21, -1e21, 9.3e18, -9.3e18, 3.7, -3.7, 0.0]
    for v in vals:
        print(v, Int(v), Int32(v), Int64(v), UInt8(v), UInt64(v), Int8(v))
    var big: List[Float64] = [1e21, 2.5e9, -7.9]
    for x in big:
        print(Int(x) < 0, Int(x) // 1000)
