# An LRU cache built from a Dict of keys to slots and a doubly linked list
# stored in parallel Lists (index-based, no pointers), with hit statistics.


struct LRUCache:
    var capacity: Int
    var index: Dict[String, Int]
    var keys: List[String]
    var values: List[Int]
    var prev: List[Int]
    var next: List[Int]
    var head: Int  # most recently used
    var tail: Int  # least recently used
    var free: List[Int]
    var hits: Int
    var misses: Int

    def __init__(out self, capacity: Int):
        self.capacity = capacity
        self.index = Dict[String, Int]()
        self.keys = List[String]()
        self.values = List[Int]()
        self.prev = List[Int]()
        self.next = List[Int]()
        self.head = -1
        self.tail = -1
        self.free = List[Int]()
        self.hits = 0
        self.misses = 0

    def _unlink(mut self, i: Int):
        var p = self.prev[i]
        var n = self.next[i]
        if p != -1:
            self.next[p] = n
        else:
            self.head = n
        if n != -1:
            self.prev[n] = p
        else:
            self.tail = p

    def _push_front(mut self, i: Int):
        self.prev[i] = -1
        self.next[i] = self.head
        if self.head != -1:
            self.prev[self.head] = i
        self.head = i
        if self.tail == -1:
            self.tail = i

    def get(mut self, key: String) -> Optional[Int]:
        var slot = self.index.get(key)
        if not slot:
            self.misses += 1
            return None
        var i = slot.value()
        self.hits += 1
        self._unlink(i)
        self._push_front(i)
        return self.values[i]

    def put(mut self, key: String, value: Int) raises:
        if key in self.index:
            var i = self.index[key]
            self.values[i] = value
            self._unlink(i)
            self._push_front(i)
            return
        var i: Int
        if len(self.index) >= self.capacity:
            i = self.tail
            print("  evict", self.keys[i], "=", self.values[i])
            self._unlink(i)
            _ = self.index.pop(self.keys[i])
            self.keys[i] = key
            self.values[i] = value
        elif len(self.free) > 0:
            i = self.free.pop()
            self.keys[i] = key
            self.values[i] = value
        else:
            i = len(self.keys)
            self.keys.append(key)
            self.values.append(value)
            self.prev.append(-1)
            self.next.append(-1)
        self.index[key] = i
        self._push_front(i)

    def order(self) -> String:
        var s = String("[")
        var i = self.head
        var first = True
        while i != -1:
            if not first:
                s += ", "
            first = False
            s += self.keys[i] + ":" + String(self.values[i])
            i = self.next[i]
        return s + "]"


def fib_cached(n: Int, mut cache: LRUCache) raises -> Int:
    if n < 2:
        return n
    var key = "fib" + String(n)
    var hit = cache.get(key)
    if hit:
        return hit.value()
    var v = fib_cached(n - 1, cache) + fib_cached(n - 2, cache)
    cache.put(key, v)
    return v


def main() raises:
    var c = LRUCache(3)
    c.put("a", 1)
    c.put("b", 2)
    c.put("c", 3)
    print(c.order())
    print("get a:", c.get("a").value())
    c.put("d", 4)
    print(c.order())
    var miss = c.get("b")
    print("get b:", "miss" if not miss else String(miss.value()))
    c.put("c", 30)
    c.put("e", 5)
    print(c.order())
    print("hits", c.hits, "misses", c.misses)

    var big = LRUCache(64)
    print("fib(80) =", fib_cached(80, big))
    print("hits", big.hits, "misses", big.misses, "size", len(big.index))
