# Variables: declarations, type annotations, late initialization, shadowing
# in nested scopes, implicit conversions and comptime values.

comptime GREETING = "hi"
comptime LIMIT: Int = 3


def main():
    var name = String("Mojo")
    var count: Int = 0
    var ratio: Float64 = 1  # an Int literal converts implicitly
    print(name, count, ratio)

    var late: String
    if count == 0:
        late = "zero"
    else:
        late = "nonzero"
    print(late)

    var x = 10
    if count == 0:
        var x = "shadow"
        print("inner", x)
    print("outer", x)

    for i in range(LIMIT):
        var square = i * i
        count += square
    print("count", count)

    var a: UInt8 = 250
    a += 10  # wraps around
    print("wrapped", a)
    var big: Int64 = 1 << 40
    print("big", big, Int32(big >> 20))

    var f = Float32(1) / 3
    print(f, Float64(f) == 1.0 / 3)
    print(GREETING, LIMIT * 2)

    var flag = count > 3 and late == "zero"
    print("flag", flag, not flag)
    var t = (1, "two", 3.0)
    print(t[0], t[1], t[2])
    var s: String = "abc"
    s += "def"
    print(s, s.byte_length())
