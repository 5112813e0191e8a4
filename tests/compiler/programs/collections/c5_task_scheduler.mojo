from std.collections import Deque


@fieldwise_init
struct Task(Copyable, Writable):
    var name: String
    var priority: Int
    var remaining: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, "[p", self.priority, ", ", self.remaining, "]")


def by_priority(a: Task, b: Task) -> Bool:
    if a.priority != b.priority:
        return a.priority > b.priority
    return a.name < b.name


def main() raises:
    var tasks: List[Task] = [
        Task("build", 2, 3),
        Task("test", 1, 2),
        Task("deploy", 3, 1),
        Task("lint", 1, 1),
    ]
    sort(tasks, by_priority)
    print("order:")
    for t in tasks:
        print(" ", t)
    var queue = Deque[Task]()
    for t in tasks:
        queue.append(t.copy())
    var tick = 0
    var done = List[String]()
    while queue:
        var t = queue.popleft()
        t.remaining -= 1
        tick += 1
        if t.remaining == 0:
            done.append(t.name)
        else:
            queue.append(t^)
    print("ticks:", tick)
    print("finished:", done)
