from std.collections import LinkedList

# LinkedList as an undo history.


def main() raises:
    var history = LinkedList[String]()
    history.append("type a")
    history.append("type b")
    history.append("bold")
    history.prepend("open file")
    print(history, len(history))
    var last = history.pop()
    print("undo", last)
    print(history)
    history.insert(1, "select all")
    print(history)
    print("len now", len(history))
    var c = history.copy()
    c.append("save")
    print("copy", c, len(c), "orig", len(history))
    for step in history:
        print("step:", step)
    history.reverse()
    print("reversed", history)
    print("count bold", history.count("bold"), "index", history.index("type a"))
    print("has save", "save" in history, "has bold", "bold" in history)
    var first = history.pop(0)
    print("popped front", first, history)
    history.clear()
    print("cleared", len(history), Bool(history))
    var nums = LinkedList[Int](3, 1, 2)
    print(nums, nums == LinkedList[Int](3, 1, 2))
