# A Bloom filter with k hash functions derived from two FNV-1a style hashes
# (double hashing), plus a false-positive count on a probe set.

def fnv1a(s: String, seed: UInt64) -> UInt64:
    var h: UInt64 = 14695981039346656037 ^ seed
    for b in s.as_bytes():
        h ^= UInt64(b)
        h *= 1099511628211
    return h


struct BloomFilter[num_bits: Int, num_hashes: Int]:
    var bits: List[UInt8]
    var count: Int

    def __init__(out self):
        self.bits = List[UInt8](length=(Self.num_bits + 7) // 8, fill=0)
        self.count = 0

    def _positions(self, key: String) -> List[Int]:
        var h1 = fnv1a(key, 0)
        var h2 = fnv1a(key, 0x9E3779B97F4A7C15) | 1
        var out = List[Int]()
        for i in range(Self.num_hashes):
            out.append(Int((h1 + UInt64(i) * h2) % UInt64(Self.num_bits)))
        return out^

    def add(mut self, key: String):
        for p in self._positions(key):
            self.bits[p // 8] |= UInt8(1) << UInt8(p % 8)
        self.count += 1

    def might_contain(self, key: String) -> Bool:
        for p in self._positions(key):
            if (self.bits[p // 8] >> UInt8(p % 8)) & 1 == 0:
                return False
        return True

    def fill_ratio(self) -> Float64:
        var set_bits = 0
        for b in self.bits:
            var x = b
            while x != 0:
                set_bits += Int(x & 1)
                x >>= 1
        return Float64(set_bits) / Float64(Self.num_bits)


def main():
    var bf = BloomFilter[256, 3]()
    var words: List[String] = ["apple", "banana", "cherry", "date", "elder", "fig", "grape", "honeydew"]
    for w in words:
        bf.add(w)
    print("inserted", bf.count, "fill", round(bf.fill_ratio(), 4))
    for w in words:
        if not bf.might_contain(w):
            print("BUG: missing", w)
    var probes = 0
    var false_pos = 0
    for i in range(200):
        var key = "probe-" + String(i)
        probes += 1
        if bf.might_contain(key):
            false_pos += 1
    print("false positives:", false_pos, "of", probes)
    print("fnv apple:", fnv1a("apple", 0))
    print("fnv empty:", hex(fnv1a("", 0)))
    print(bf.might_contain("apple"), bf.might_contain("zucchini"))
