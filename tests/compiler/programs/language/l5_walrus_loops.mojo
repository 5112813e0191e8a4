# The walrus operator in while and if conditions, with a small input reader.


struct Reader:
    var data: List[Int]
    var pos: Int

    def __init__(out self, var data: List[Int]):
        self.data = data^
        self.pos = 0

    def next(mut self) -> Int:
        if self.pos >= len(self.data):
            return -1
        var v = self.data[self.pos]
        self.pos += 1
        return v


def main():
    var r = Reader([5, 8, 13, 0, 21])
    var total = 0
    var v = 0
    while (v := r.next()) > 0:
        total += v
        print("read", v)
    print("total", total)
    var words = ["apple", "kiwi", "banana"]
    var n: Int
    for w in words:
        if (n := w.byte_length()) > 4:
            print(w, "is long:", n)
        else:
            print(w, "is short:", n)
