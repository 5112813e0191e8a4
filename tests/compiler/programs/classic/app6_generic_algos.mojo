# Generic algorithms over traits: a generic Stack, max_by with a function
# parameter, filter/map with closures, and a generic binary search.


struct Stack[T: Copyable & Writable & Deinitable](Sized, Writable):
    var items: List[Self.T]

    def __init__(out self):
        self.items = List[Self.T]()

    def push(mut self, var x: Self.T):
        self.items.append(x^)

    def pop(mut self) raises -> Self.T:
        if len(self.items) == 0:
            raise Error("pop from empty stack")
        return self.items.pop()

    def peek(self) raises -> Self.T:
        if len(self.items) == 0:
            raise Error("peek at empty stack")
        return self.items[len(self.items) - 1].copy()

    def __len__(self) -> Int:
        return len(self.items)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Stack[")
        for i in range(len(self.items)):
            if i:
                writer.write(", ")
            writer.write(self.items[i])
        writer.write("]")


def binary_search[T: Comparable & Copyable & Deinitable](xs: List[T], target: T) -> Int:
    var lo = 0
    var hi = len(xs) - 1
    while lo <= hi:
        var mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def apply_all[f: def(Int) capturing -> Int](xs: List[Int]) -> List[Int]:
    var out = List[Int]()
    for x in xs:
        out.append(f(x))
    return out^


def square(x: Int) -> Int:
    return x * x


def negate(x: Int) -> Int:
    return -x


def count_if[pred: def(Int) capturing -> Bool](xs: List[Int]) -> Int:
    var n = 0
    for x in xs:
        if pred(x):
            n += 1
    return n


def balanced(s: String) -> Bool:
    var st = Stack[String]()
    for cp in s.codepoint_slices():
        var c = String(cp)
        if c == "(" or c == "[" or c == "{":
            st.push(c)
        elif c == ")" or c == "]" or c == "}":
            try:
                var top = st.pop()
                if (c == ")" and top != "(") or (c == "]" and top != "[") or (c == "}" and top != "{"):
                    return False
            except:
                return False
    return len(st) == 0


def main() raises:
    var s = Stack[Int]()
    for i in range(5):
        s.push(i * 10)
    print(s, "len", len(s), "peek", s.peek())
    print("popped", s.pop(), s.pop(), "now", s)
    var ints: List[Int] = [1, 3, 5, 7, 9, 11, 13]
    print("search 7:", binary_search(ints, 7), "search 8:", binary_search(ints, 8), "search 1:", binary_search(ints, 1))
    var words: List[String] = ["apple", "banana", "cherry", "date"]
    print("search cherry:", binary_search(words, "cherry"), "search fig:", binary_search(words, "fig"))
    print("squares:", apply_all[square](ints))
    print("negated:", apply_all[negate](ints))
    var threshold = 6

    def above(x: Int) capturing -> Bool:
        return x > threshold

    print("count above", threshold, ":", count_if[above](ints))
    threshold = 10
    print("count above", threshold, ":", count_if[above](ints))
    for text in ["(a[b]{c})", "(]", "((", "", "{[()()]}"]:
        print(repr(text), "balanced:", balanced(text))
    var ss = Stack[String]()
    try:
        _ = ss.peek()
    except e:
        print("error:", e)
