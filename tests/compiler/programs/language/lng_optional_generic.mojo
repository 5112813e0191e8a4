# Optional values in generic code: a lookup table returning Optional,
# or_else, value(), truthiness, and None checks.


struct Table[V: Copyable & Writable & Deinitable]:
    var keys: List[String]
    var vals: List[Self.V]

    def __init__(out self):
        self.keys = List[String]()
        self.vals = List[Self.V]()

    def put(mut self, k: String, var v: Self.V):
        for i in range(len(self.keys)):
            if self.keys[i] == k:
                self.vals[i] = v^
                return
        self.keys.append(k)
        self.vals.append(v^)

    def get(self, k: String) -> Optional[Self.V]:
        for i in range(len(self.keys)):
            if self.keys[i] == k:
                return self.vals[i].copy()
        return None


def main():
    var t = Table[Int]()
    t.put("a", 1)
    t.put("b", 2)
    t.put("a", 10)
    var x = t.get("a")
    if x:
        print("a =", x.value())
    var y = t.get("zzz")
    print(y.or_else(-1), y is None, x is not None)
    var names = Table[String]()
    names.put("k", "v")
    print(names.get("k").value(), names.get("q").or_else("none"))
    var o: Optional[Int] = None
    print(Bool(o))
    o = 5
    print(o.value() + 1)
