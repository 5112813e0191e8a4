from std.utils import Variant

struct G:
    var xs: List[Int]
    def __init__(out self):
        self.xs = [1, 2, 3]
        self.n = 0
    var n: Int
    def at(mut self, i: Int) -> ref[self.n] Int:
        print("at", i)
        return self.n

def key(s: String) -> String:
    print("key", s)
    return s

def idx(i: Int) -> Int:
    print("idx", i)
    return i

def main() raises:
    var d = Dict[String, Int]()
    d["a"] = 1
    d[key("a")] += 5
    print(d["a"])
    var g = G()
    g.at(idx(1)) += 5
    print(g.n)
    var v = Variant[Int, String](String("hi"))
    v[String] += "!"
    print(v[String])
    var s = SIMD[DType.int32, 4](1, 2, 3, 4)
    s[idx(2)] += 10
    print(s)
    var t = String("ab")
    t += "c"
    print(t)
    var m = Dict[String, List[Int]]()
    m["x"] = [1, 2]
    m[key("x")][idx(0)] += 100
    print(m["x"])
    var nested: List[List[Int]] = [[1, 2], [3, 4]]
    nested[idx(0)][idx(1)] *= 5
    print(nested)
