struct LRUCache:
    var capacity: Int
    var data: Dict[Int, String]
    var order: List[Int]

    def __init__(out self, capacity: Int):
        self.capacity = capacity
        self.data = Dict[Int, String]()
        self.order = List[Int]()

    def _touch(mut self, key: Int):
        for i in range(len(self.order)):
            if self.order[i] == key:
                _ = self.order.pop(i)
                break
        self.order.append(key)

    def get(mut self, key: Int) -> Optional[String]:
        if key in self.data:
            self._touch(key)
            return self.data.get(key)
        return None

    def put(mut self, key: Int, value: String) raises:
        if key not in self.data and len(self.data) >= self.capacity:
            var oldest = self.order.pop(0)
            _ = self.data.pop(oldest)
            print("evict", oldest)
        self.data[key] = value
        self._touch(key)


def main() raises:
    var cache = LRUCache(2)
    cache.put(1, "one")
    cache.put(2, "two")
    print(cache.get(1).value())
    cache.put(3, "three")
    var two = cache.get(2)
    print("2 present:", Bool(two))
    cache.put(4, "four")
    print(cache.get(1).or_else("missing"))
    print(cache.get(3).or_else("missing"))
    print(cache.get(4).or_else("missing"))
    print("order:", cache.order)
