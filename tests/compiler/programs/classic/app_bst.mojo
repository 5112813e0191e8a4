# A binary search tree whose children are Optional[ArcPointer[Node]]:
# insert, contains, in-order traversal, height, min/max, and deletion.
from std.memory import ArcPointer


struct Node(Movable):
    var key: Int
    var value: String
    var left: Optional[ArcPointer[Node]]
    var right: Optional[ArcPointer[Node]]

    def __init__(out self, key: Int, value: String):
        self.key = key
        self.value = value
        self.left = None
        self.right = None


def insert(mut slot: Optional[ArcPointer[Node]], key: Int, value: String) -> Bool:
    if not slot:
        slot = ArcPointer(Node(key, value))
        return True
    ref node = slot.value()[]
    if key == node.key:
        node.value = value
        return False
    if key < node.key:
        return insert(node.left, key, value)
    return insert(node.right, key, value)


def find(slot: Optional[ArcPointer[Node]], key: Int) -> Optional[String]:
    if not slot:
        return None
    ref node = slot.value()[]
    if key == node.key:
        return node.value
    if key < node.key:
        return find(node.left, key)
    return find(node.right, key)


def height(slot: Optional[ArcPointer[Node]]) -> Int:
    if not slot:
        return 0
    ref node = slot.value()[]
    return 1 + max(height(node.left), height(node.right))


def in_order(slot: Optional[ArcPointer[Node]], mut out: List[Int]):
    if not slot:
        return
    ref node = slot.value()[]
    in_order(node.left, out)
    out.append(node.key)
    in_order(node.right, out)


def min_key(slot: Optional[ArcPointer[Node]]) -> Int:
    ref node = slot.value()[]
    if node.left:
        return min_key(node.left)
    return node.key


def remove(mut slot: Optional[ArcPointer[Node]], key: Int) -> Bool:
    if not slot:
        return False
    ref node = slot.value()[]
    if key < node.key:
        return remove(node.left, key)
    if key > node.key:
        return remove(node.right, key)
    if not node.left and not node.right:
        slot = None
    elif not node.left:
        var child = node.right.take()
        slot = child^
    elif not node.right:
        var child = node.left.take()
        slot = child^
    else:
        var succ = min_key(node.right)
        var succ_value = find(node.right, succ).value()
        _ = remove(node.right, succ)
        node.key = succ
        node.value = succ_value
    return True


def show(slot: Optional[ArcPointer[Node]], depth: Int):
    if not slot:
        return
    ref node = slot.value()[]
    show(node.right, depth + 1)
    print(String("    ") * depth + String(node.key) + ":" + node.value)
    show(node.left, depth + 1)


def main():
    var root: Optional[ArcPointer[Node]] = None
    var keys: List[Int] = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]
    for k in keys:
        _ = insert(root, k, "v" + String(k))
    print("dup insert:", insert(root, 40, "forty"))
    var order = List[Int]()
    in_order(root, order)
    print("in-order:", order)
    print("height:", height(root), "min:", min_key(root))
    show(root, 0)
    for k in [40, 65, 99]:
        var f = find(root, k)
        print("find", k, "->", f.value() if f else "missing")
    for k in [20, 30, 50, 99]:
        print("remove", k, remove(root, k))
    order.clear()
    in_order(root, order)
    print("in-order:", order, "height:", height(root))
    show(root, 0)

    var chain: Optional[ArcPointer[Node]] = None
    for k in range(1, 200):
        _ = insert(chain, k, "")
    print("degenerate height:", height(chain))
