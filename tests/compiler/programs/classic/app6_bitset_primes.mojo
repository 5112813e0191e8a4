# A bitset over UInt64 words with set/test/count/union/intersection, used for
# a sieve of Eratosthenes, twin primes and Goldbach checks.
from std.bit import pop_count, count_trailing_zeros


struct BitSet(Copyable, Sized):
    var words: List[UInt64]
    var n: Int

    def __init__(out self, n: Int):
        self.n = n
        self.words = List[UInt64](length=(n + 63) // 64, fill=0)

    def set(mut self, i: Int):
        self.words[i // 64] |= UInt64(1) << UInt64(i % 64)

    def clear(mut self, i: Int):
        self.words[i // 64] &= ~(UInt64(1) << UInt64(i % 64))

    def test(self, i: Int) -> Bool:
        return (self.words[i // 64] >> UInt64(i % 64)) & 1 == 1

    def __len__(self) -> Int:
        var c = 0
        for w in self.words:
            c += Int(pop_count(w))
        return c

    def __and__(self, o: Self) -> Self:
        var r = BitSet(self.n)
        for i in range(len(self.words)):
            r.words[i] = self.words[i] & o.words[i]
        return r^

    def __or__(self, o: Self) -> Self:
        var r = BitSet(self.n)
        for i in range(len(self.words)):
            r.words[i] = self.words[i] | o.words[i]
        return r^

    def first(self) -> Int:
        for i in range(len(self.words)):
            if self.words[i] != 0:
                return i * 64 + Int(count_trailing_zeros(self.words[i]))
        return -1

    def members(self, limit: Int) -> List[Int]:
        var out = List[Int]()
        for i in range(self.n):
            if self.test(i):
                out.append(i)
                if len(out) == limit:
                    break
        return out^


def sieve(n: Int) -> BitSet:
    var b = BitSet(n)
    for i in range(2, n):
        b.set(i)
    var p = 2
    while p * p < n:
        if b.test(p):
            for m in range(p * p, n, p):
                b.clear(m)
        p += 1
    return b^


def main():
    comptime N = 1000
    var primes = sieve(N)
    print("primes below", N, ":", len(primes))
    print("first 15:", primes.members(15))
    print("first set bit:", primes.first())
    var twins = 0
    var last_twin = (0, 0)
    for i in range(2, N - 2):
        if primes.test(i) and primes.test(i + 2):
            twins += 1
            last_twin = (i, i + 2)
    print("twin pairs:", twins, "largest:", last_twin[0], last_twin[1])
    var odds = BitSet(N)
    for i in range(1, N, 2):
        odds.set(i)
    var mult3 = BitSet(N)
    for i in range(0, N, 3):
        mult3.set(i)
    print("odd primes:", len(primes & odds), "odd or mult3:", len(odds | mult3), "primes & mult3:", (primes & mult3).members(5))
    for even in [4, 28, 100, 998]:
        for p in range(2, even):
            if primes.test(p) and primes.test(even - p):
                print(even, "=", p, "+", even - p)
                break
    print("words:", len(primes.words), "last word:", hex(primes.words[len(primes.words) - 1]))
