# A binary min-heap priority queue of tasks and a round-robin scheduler
# simulation that uses it for wake-up times.

@fieldwise_init
struct Task(Copyable, Writable):
    var wake: Int
    var id: Int
    var name: String
    var remaining: Int

    def before(self, other: Task) -> Bool:
        if self.wake != other.wake:
            return self.wake < other.wake
        return self.id < other.id

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, "@", self.wake, "[", self.remaining, "]")


struct TaskHeap(Sized):
    var data: List[Task]

    def __init__(out self):
        self.data = List[Task]()

    def __len__(self) -> Int:
        return len(self.data)

    def push(mut self, var t: Task):
        self.data.append(t^)
        var i = len(self.data) - 1
        while i > 0:
            var parent = (i - 1) // 2
            if self.data[i].before(self.data[parent]):
                self.data.swap_elements(i, parent)
                i = parent
            else:
                break

    def pop(mut self) raises -> Task:
        if len(self.data) == 0:
            raise Error("empty heap")
        var last = len(self.data) - 1
        self.data.swap_elements(0, last)
        var top = self.data.pop()
        var i = 0
        var n = len(self.data)
        while True:
            var l = 2 * i + 1
            var r = l + 1
            var smallest = i
            if l < n and self.data[l].before(self.data[smallest]):
                smallest = l
            if r < n and self.data[r].before(self.data[smallest]):
                smallest = r
            if smallest == i:
                break
            self.data.swap_elements(i, smallest)
            i = smallest
        return top^


def main() raises:
    var heap = TaskHeap()
    var specs: List[Tuple[String, Int, Int]] = [("io", 0, 3), ("cpu", 0, 5), ("net", 2, 2), ("disk", 1, 4)]
    var next_id = 0
    for s in specs:
        heap.push(Task(s[1], next_id, s[0], s[2]))
        next_id += 1
    comptime QUANTUM = 2
    var clock = 0
    var finished = List[String]()
    while len(heap) > 0:
        var t = heap.pop()
        if t.wake > clock:
            print("t=", clock, " idle until ", t.wake, sep="")
            clock = t.wake
        var run = min(QUANTUM, t.remaining)
        clock += run
        t.remaining -= run
        print("t=", clock, " ran ", t.name, " for ", run, sep="")
        if t.remaining > 0:
            t.wake = clock + 1
            heap.push(t^)
        else:
            finished.append(t.name + "@" + String(clock))
    print("finished:", ", ".join(finished))
    try:
        _ = heap.pop()
    except e:
        print("error:", e)
