# Sieve of Eratosthenes over odd numbers in a bitset of UInt64 words; pop_count counts primes.
from std.bit import pop_count, count_trailing_zeros


struct BitSet(Movable):
    var words: UnsafePointer[UInt64, MutUntrackedOrigin]
    var nwords: Int

    def __init__(out self, nbits: Int):
        self.nwords = (nbits + 63) // 64
        self.words = alloc[UInt64](self.nwords)
        for i in range(self.nwords):
            self.words[i] = ~UInt64(0)

    def __deinit__(deinit self):
        self.words.free()

    def clear(mut self, i: Int):
        self.words[i >> 6] &= ~(UInt64(1) << UInt64(i & 63))

    def test(self, i: Int) -> Bool:
        return (self.words[i >> 6] >> UInt64(i & 63)) & 1 == 1

    def count(self, nbits: Int) -> Int:
        var total = 0
        for w in range(self.nwords):
            var word = self.words[w]
            if (w + 1) * 64 > nbits:
                var keep = nbits - w * 64
                word &= (UInt64(1) << UInt64(keep)) - 1
            total += Int(pop_count(word))
        return total


def main():
    comptime N = 10000
    var half = N // 2  # bit i stands for 2*i+1
    var bits = BitSet(half)
    bits.clear(0)  # 1 is not prime
    var i = 1
    while (2 * i + 1) * (2 * i + 1) < N:
        if bits.test(i):
            var p = 2 * i + 1
            var j = (p * p) // 2
            while j < half:
                bits.clear(j)
                j += p
        i += 1
    var count = bits.count(half) + 1  # plus the prime 2
    print("primes below", N, ":", count)
    var first = List[Int]()
    first.append(2)
    for k in range(1, 60):
        if bits.test(k):
            first.append(2 * k + 1)
    print("first primes:", first)
    var last = List[Int]()
    var k = half - 1
    while len(last) < 5:
        if bits.test(k):
            last.append(2 * k + 1)
        k -= 1
    print("largest:", last)
    # iterate set bits of the first word with count_trailing_zeros
    var word = bits.words[0]
    var idxs = String()
    while word != 0:
        var t = Int(count_trailing_zeros(word))
        idxs += String(2 * t + 1) + " "
        word &= word - 1
    print("primes in word 0:", idxs)
    var twins = 0
    for k in range(1, half - 1):
        if bits.test(k) and bits.test(k + 1):
            twins += 1
    print("twin prime pairs:", twins)
