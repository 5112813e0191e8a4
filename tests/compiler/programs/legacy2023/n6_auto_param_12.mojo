# Mojo 1.2 automatic parameterization: an argument typed with a parametric struct and no
# parameters makes the function generic; the body reads the parameters through the argument.
struct Vec[size: Int, scale: Int = 1](Copyable):
    var base: Int

    def __init__(out self, base: Int):
        self.base = base

    def value(self, i: Int) -> Int:
        return (self.base + i) * Self.scale

struct Labeled[T: Copyable & Writable & Deinitable](Copyable):
    var item: Self.T
    var name: String

    def __init__(out self, var item: Self.T, name: String):
        self.item = item^
        self.name = name

def total(v: Vec) -> Int:
    var t = 0
    for i in range(v.size):
        t += v.value(i)
    return t

def describe(v: Vec) -> String:
    return "Vec[" + String(v.size) + ", scale=" + String(v.scale) + "] base " + String(v.base)

def dot(a: Vec, b: Vec) -> Int:
    var n = min(a.size, b.size)
    var d = 0
    for i in range(n):
        d += a.value(i) * b.value(i)
    return d

def show(x: Labeled):
    print(x.name, "=", x.item)

def main():
    var a = Vec[4](1)
    var b = Vec[3, 10](2)
    print(describe(a), "total", total(a))
    print(describe(b), "total", total(b))
    print("dot", dot(a, b), dot(b, a), dot(a, a))
    show(Labeled[Int](3, "three"))
    show(Labeled[String](String("mojo"), "lang"))
    show(Labeled[Float64](2.5, "half of five"))
