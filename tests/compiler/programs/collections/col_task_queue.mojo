from std.collections import Deque


@fieldwise_init
struct Task(Copyable, Movable, Writable):
    var id: Int
    var priority: Int
    var name: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write("#", self.id, " ", self.name, " (p", self.priority, ")")


def insert_by_priority(mut tasks: List[Task], var t: Task):
    var pos = len(tasks)
    for i in range(len(tasks)):
        if tasks[i].priority < t.priority:
            pos = i
            break
    tasks.insert(pos, t^)


def main() raises:
    var pending = List[Task]()
    insert_by_priority(pending, Task(1, 2, "write docs"))
    insert_by_priority(pending, Task(2, 5, "fix bug"))
    insert_by_priority(pending, Task(3, 1, "refactor"))
    insert_by_priority(pending, Task(4, 5, "deploy"))
    for t in pending:
        print(t)
    var ready = Deque[Task]()
    while len(pending) > 0:
        ready.append(pending.pop(0))
    print(len(ready), len(pending))
    var done = List[Int]()
    var rounds = 0
    while ready:
        var t = ready.popleft()
        rounds += 1
        if t.priority > 1 and rounds % 2 == 0:
            t.priority -= 1
            ready.append(t^)
        else:
            done.append(t.id)
    print("done order:", done, "rounds:", rounds)
    var stack = List[String]()
    for tok in ["(", "[", "]", "{", "}", ")"]:
        if tok == "(" or tok == "[" or tok == "{":
            stack.append(tok)
        else:
            print("close", tok, "matches", stack.pop())
    print("empty:", len(stack) == 0)
