# An LRU cache of page renders: Dict for lookup, List as recency order.


struct LRUCache:
    var capacity: Int
    var store: Dict[String, String]
    var order: List[String]
    var hits: Int
    var misses: Int

    def __init__(out self, capacity: Int):
        self.capacity = capacity
        self.store = Dict[String, String]()
        self.order = List[String]()
        self.hits = 0
        self.misses = 0

    def _touch(mut self, key: String) raises:
        var i = self.order.index(key)
        _ = self.order.pop(i)
        self.order.append(key)

    def get(mut self, key: String) raises -> Optional[String]:
        if key in self.store:
            self.hits += 1
            self._touch(key)
            return self.store[key]
        self.misses += 1
        return None

    def put(mut self, key: String, value: String) raises:
        if key in self.store:
            self.store[key] = value
            self._touch(key)
            return
        if len(self.store) == self.capacity:
            var oldest = self.order.pop(0)
            _ = self.store.pop(oldest)
            print("  evict", oldest)
        self.store[key] = value
        self.order.append(key)


def main() raises:
    var cache = LRUCache(3)
    var pages: List[String] = ["home", "about", "home", "blog", "shop", "about", "home", "faq", "blog"]
    for p in pages:
        var got = cache.get(p)
        if got:
            print("hit ", p, "->", got.value())
        else:
            print("miss", p)
            cache.put(p, "<" + p + ".html>")
        print("  order", cache.order)
    print("hits", cache.hits, "misses", cache.misses)
    cache.put("faq", "<faq-v2>")
    print(cache.get("faq").value(), cache.order)
