struct Countdown(Iterator):
    comptime Element = Int
    var n: Int
    def __init__(out self, n: Int):
        self.n = n
    def __iter__(ref self) -> Self:
        return Self(self.n)
    def __has_next__(self) -> Bool:
        return self.n > 0
    def __next__(mut self) -> Int:
        self.n -= 1
        return self.n + 1

def main():
    var xs = [x * 2 for x in Countdown(4)]
    print(xs)
    for v in Countdown(3):
        print(v)
