struct P(Copyable):
    var v: Int
    def __init__(out self, v: Int):
        self.v = v

struct Box:
    var items: List[Int]
    def __init__(out self):
        self.items = [0, 0, 0]

def idx(i: Int) -> Int:
    print("idx", i)
    return i

def get_box(mut b: Box) -> ref[b] Box:
    print("get_box")
    return b

def main() raises:
    var xs: List[Int] = [1, 2, 3]
    xs[idx(1)] += 10
    print(xs)
    var d = Dict[String, Int]()
    d["a"] = 1
    var k = "a"
    d[k + ""] += 5
    print(d["a"])
    var ps: List[P] = [P(1), P(2)]
    ps[idx(0)].v *= 3
    print(ps[0].v)
    var grid: List[List[Int]] = [[1, 2], [3, 4]]
    grid[idx(1)][idx(0)] -= 7
    print(grid[1][0])
    var b = Box()
    get_box(b).items[idx(2)] += 4
    print(b.items[2])
