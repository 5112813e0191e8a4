# A binary search tree stored in parallel lists (index links), with recursive traversal.


struct BST:
    var keys: List[Int]
    var left: List[Int]
    var right: List[Int]
    var root: Int

    def __init__(out self):
        self.keys = List[Int]()
        self.left = List[Int]()
        self.right = List[Int]()
        self.root = -1

    def _new(mut self, k: Int) -> Int:
        self.keys.append(k)
        self.left.append(-1)
        self.right.append(-1)
        return len(self.keys) - 1

    def insert(mut self, k: Int) -> Bool:
        if self.root == -1:
            self.root = self._new(k)
            return True
        var cur = self.root
        while True:
            if k == self.keys[cur]:
                return False
            if k < self.keys[cur]:
                if self.left[cur] == -1:
                    var idx = self._new(k)
                    self.left[cur] = idx
                    return True
                cur = self.left[cur]
            else:
                if self.right[cur] == -1:
                    var idx = self._new(k)
                    self.right[cur] = idx
                    return True
                cur = self.right[cur]

    def inorder(self, node: Int, mut out: List[Int]):
        if node == -1:
            return
        self.inorder(self.left[node], out)
        out.append(self.keys[node])
        self.inorder(self.right[node], out)

    def height(self, node: Int) -> Int:
        if node == -1:
            return 0
        return 1 + max(self.height(self.left[node]), self.height(self.right[node]))

    def contains(self, k: Int) -> Bool:
        var cur = self.root
        while cur != -1:
            if k == self.keys[cur]:
                return True
            cur = self.left[cur] if k < self.keys[cur] else self.right[cur]
        return False


def ackermann(m: Int, n: Int) -> Int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n: Int, src: String, dst: String, via: String, mut moves: Int):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves += 1
    if n >= 3:
        print("move disk", n, "from", src, "to", dst)
    hanoi(n - 1, via, dst, src, moves)


def main():
    var t = BST()
    for k in [50, 30, 70, 20, 40, 60, 80, 30, 65, 10]:
        print("insert", k, t.insert(k))
    var out = List[Int]()
    t.inorder(t.root, out)
    print(out)
    print("height", t.height(t.root))
    print(t.contains(65), t.contains(66))
    print("ackermann", ackermann(2, 3), ackermann(3, 3))
    var moves = 0
    hanoi(4, "A", "C", "B", moves)
    print("moves", moves)
