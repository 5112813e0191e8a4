from std.sys import bit_width_of

# Parameters: compile-time function and struct parameters, inference,
# defaults, comptime if/for, and parametric aliases.

def repeat[count: Int](msg: String) -> String:
    var out = String()
    comptime for i in range(count):
        out += msg
        comptime if i < count - 1:
            out += "-"
    return out


def describe[dtype: DType]() -> String:
    comptime if dtype.is_floating_point():
        return "float of " + String(bit_width_of[dtype]()) + " bits"
    elif dtype.is_integral():
        return "integer of " + String(bit_width_of[dtype]()) + " bits"
    else:
        return "other"


struct FixedStack[T: Copyable & Writable & Deinitable, capacity: Int = 4](Sized):
    var items: List[Self.T]

    def __init__(out self):
        self.items = List[Self.T](capacity=Self.capacity)

    def push(mut self, var item: Self.T) raises:
        if len(self.items) >= Self.capacity:
            raise Error("stack full (capacity " + String(Self.capacity) + ")")
        self.items.append(item^)

    def __len__(self) -> Int:
        return len(self.items)

    def show(self):
        print("[", end="")
        for i in range(len(self.items)):
            if i > 0:
                print(", ", end="")
            print(self.items[i], end="")
        print("]", len(self), "/", Self.capacity)


comptime Vec4 = SIMD[DType.float32, 4]
comptime SmallIntStack = FixedStack[Int, 2]


def sum_all[n: SIMDLength](v: SIMD[DType.int32, n]) -> Int:
    return Int(v.reduce_add())


def first_of[T: Copyable](items: List[T]) -> T:
    return items[0].copy()


def main():
    print(repeat[3]("ab"))
    print(repeat[1]("x"))
    print(describe[DType.float32]())
    print(describe[DType.int16]())
    print(describe[DType.bool]())
    var s = FixedStack[String]()
    try:
        for w in ["a", "b", "c", "d", "e"]:
            s.push(w)
    except e:
        print("error:", e)
    s.show()
    var small = SmallIntStack()
    try:
        small.push(1)
        small.push(2)
        small.push(3)
    except e:
        print("error:", e)
    small.show()
    var v = Vec4(1.5, 2.5, 3.5, 4.5)
    print(v * 2, v.reduce_add())
    print(sum_all(SIMD[DType.int32, 8](3)))
    print(first_of([10, 20]), first_of(["p", "q"]))
