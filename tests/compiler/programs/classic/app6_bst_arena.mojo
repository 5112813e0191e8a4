# A binary search tree stored in an arena (List-backed nodes, -1 for null):
# insert, search, in-order traversal, height, delete with a free list, and a
# generic key type through traits.


@fieldwise_init
struct Node[K: Comparable & Copyable & Writable & Deinitable](Copyable):
    var key: Self.K
    var count: Int
    var left: Int
    var right: Int


struct Tree[K: Comparable & Copyable & Writable & Deinitable](Sized):
    var nodes: List[Node[Self.K]]
    var free: List[Int]
    var root: Int
    var size: Int

    def __init__(out self):
        self.nodes = List[Node[Self.K]]()
        self.free = List[Int]()
        self.root = -1
        self.size = 0

    def __len__(self) -> Int:
        return self.size

    def _new(mut self, key: Self.K) -> Int:
        if len(self.free) > 0:
            var i = self.free.pop()
            self.nodes[i] = Node[Self.K](key.copy(), 1, -1, -1)
            return i
        self.nodes.append(Node[Self.K](key.copy(), 1, -1, -1))
        return len(self.nodes) - 1

    def insert(mut self, key: Self.K):
        self.size += 1
        if self.root == -1:
            self.root = self._new(key)
            return
        var cur = self.root
        while True:
            if key == self.nodes[cur].key:
                self.nodes[cur].count += 1
                return
            if key < self.nodes[cur].key:
                if self.nodes[cur].left == -1:
                    var n = self._new(key)
                    self.nodes[cur].left = n
                    return
                cur = self.nodes[cur].left
            else:
                if self.nodes[cur].right == -1:
                    var n = self._new(key)
                    self.nodes[cur].right = n
                    return
                cur = self.nodes[cur].right

    def count(self, key: Self.K) -> Int:
        var cur = self.root
        while cur != -1:
            ref n = self.nodes[cur]
            if key == n.key:
                return n.count
            cur = n.left if key < n.key else n.right
        return 0

    def height(self, i: Int) -> Int:
        if i == -1:
            return 0
        return 1 + max(self.height(self.nodes[i].left), self.height(self.nodes[i].right))

    def walk(self, i: Int, mut out: String):
        if i == -1:
            return
        self.walk(self.nodes[i].left, out)
        out += String(self.nodes[i].key)
        if self.nodes[i].count > 1:
            out += "x" + String(self.nodes[i].count)
        out += " "
        self.walk(self.nodes[i].right, out)

    def show(self) -> String:
        var s = String()
        self.walk(self.root, s)
        return s

    def _remove(mut self, i: Int, key: Self.K) raises -> Int:
        if i == -1:
            raise Error("key not found: " + String(key))
        if key < self.nodes[i].key:
            self.nodes[i].left = self._remove(self.nodes[i].left, key)
            return i
        if self.nodes[i].key < key:
            self.nodes[i].right = self._remove(self.nodes[i].right, key)
            return i
        if self.nodes[i].count > 1:
            self.nodes[i].count -= 1
            return i
        if self.nodes[i].left == -1 or self.nodes[i].right == -1:
            var child = self.nodes[i].left if self.nodes[i].left != -1 else self.nodes[i].right
            self.free.append(i)
            return child
        var m = self.nodes[i].right
        while self.nodes[m].left != -1:
            m = self.nodes[m].left
        var succ = self.nodes[m].key.copy()
        var succ_count = self.nodes[m].count
        self.nodes[m].count = 1
        self.nodes[i].right = self._remove(self.nodes[i].right, succ)
        self.nodes[i].key = succ^
        self.nodes[i].count = succ_count
        return i

    def remove(mut self, key: Self.K) raises:
        self.root = self._remove(self.root, key)
        self.size -= 1


def main():
    var t = Tree[Int]()
    for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 30]:
        t.insert(k)
    print("size", len(t), "height", t.height(t.root), "arena", len(t.nodes))
    print("inorder:", t.show())
    print("count 30:", t.count(30), "count 99:", t.count(99))
    for k in [20, 30, 50, 99, 70]:
        try:
            t.remove(k)
            print("removed", k, "->", t.show(), "| root key", t.nodes[t.root].key)
        except e:
            print("remove failed:", e)
    t.insert(1)
    t.insert(2)
    print("after reuse:", t.show(), "arena", len(t.nodes), "free", len(t.free))
    var words = Tree[String]()
    for w in "the quick brown fox jumps over the lazy dog the end".split(" "):
        words.insert(String(w))
    print("words:", words.show())
    print("height", words.height(words.root), "the x", words.count("the"))
