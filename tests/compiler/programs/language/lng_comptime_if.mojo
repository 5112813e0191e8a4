# comptime constants, comptime if on parameters, comptime for unrolling,
# and functions specialised by a Bool or Int parameter.

comptime DEBUG = False
comptime LIMIT = 4 * 3
comptime GREETING = "hi"


def clamp_add[saturate: Bool](a: Int, b: Int) -> Int:
    var s = a + b
    comptime if saturate:
        if s > LIMIT:
            return LIMIT
    return s


def kind[n: Int]() -> String:
    comptime if n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"


def unrolled_sum[n: Int]() -> Int:
    var s = 0
    comptime for i in range(n):
        s += i
    return s


def main():
    comptime if DEBUG:
        print("debug on")
    else:
        print("debug off")
    print(clamp_add[True](10, 5), clamp_add[False](10, 5))
    print(kind[0](), kind[4](), kind[7]())
    print(unrolled_sum[5](), unrolled_sum[LIMIT]())
    comptime sq = LIMIT * LIMIT
    print(sq, GREETING + "!")
    comptime for name in ["a", "b"]:
        print("item", name)
