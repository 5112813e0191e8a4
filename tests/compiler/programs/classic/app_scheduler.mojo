# A round-robin + priority CPU scheduler simulation: processes arrive over
# time, a priority queue picks the next one, each runs for a quantum.
from std.collections import Deque


@fieldwise_init
struct Process(Copyable, Writable):
    var pid: Int
    var name: String
    var priority: Int  # lower runs first
    var arrival: Int
    var burst: Int
    var remaining: Int
    var finished_at: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("P", self.pid, "(", self.name, ")")


struct ReadyQueue:
    var heap: List[Tuple[Int, Int, Int]]  # (priority, seq, index)
    var seq: Int

    def __init__(out self):
        self.heap = List[Tuple[Int, Int, Int]]()
        self.seq = 0

    def __len__(self) -> Int:
        return len(self.heap)

    @staticmethod
    def less(a: Tuple[Int, Int, Int], b: Tuple[Int, Int, Int]) -> Bool:
        if a[0] != b[0]:
            return a[0] < b[0]
        return a[1] < b[1]

    def push(mut self, priority: Int, index: Int):
        self.heap.append((priority, self.seq, index))
        self.seq += 1
        var i = len(self.heap) - 1
        while i > 0 and Self.less(self.heap[i], self.heap[(i - 1) // 2]):
            self.heap.swap_elements(i, (i - 1) // 2)
            i = (i - 1) // 2

    def pop(mut self) -> Int:
        var top = self.heap[0][2]
        self.heap.swap_elements(0, len(self.heap) - 1)
        _ = self.heap.pop()
        var i = 0
        while True:
            var smallest = i
            for c in [2 * i + 1, 2 * i + 2]:
                if c < len(self.heap) and Self.less(self.heap[c], self.heap[smallest]):
                    smallest = c
            if smallest == i:
                break
            self.heap.swap_elements(i, smallest)
            i = smallest
        return top


def simulate(mut procs: List[Process], quantum: Int) raises -> List[String]:
    var timeline = List[String]()
    var pending = Deque[Int]()
    for i in range(len(procs)):
        pending.append(i)
    var ready = ReadyQueue()
    var clock = 0
    var done = 0
    while done < len(procs):
        while len(pending) > 0 and procs[pending[0]].arrival <= clock:
            var i = pending.popleft()
            ready.push(procs[i].priority, i)
            print("t=" + String(clock), "arrive", procs[i])
        if len(ready.heap) == 0:
            clock = procs[pending[0]].arrival
            timeline.append("idle")
            continue
        var i = ready.pop()
        var run = min(quantum, procs[i].remaining)
        procs[i].remaining -= run
        clock += run
        timeline.append(procs[i].name + "x" + String(run))
        # arrivals during the slice queue before the preempted process
        while len(pending) > 0 and procs[pending[0]].arrival <= clock:
            var j = pending.popleft()
            ready.push(procs[j].priority, j)
            print("t=" + String(procs[j].arrival), "arrive", procs[j])
        if procs[i].remaining == 0:
            procs[i].finished_at = clock
            done += 1
            print("t=" + String(clock), "finish", procs[i])
        else:
            ready.push(procs[i].priority, i)
    return timeline^


def main() raises:
    var procs = List[Process]()
    var specs: List[Tuple[String, Int, Int, Int]] = [
        ("init", 0, 0, 3),
        ("shell", 1, 1, 6),
        ("cron", 2, 2, 4),
        ("editor", 1, 3, 5),
        ("backup", 3, 20, 7),
        ("daemon", 0, 22, 2),
    ]
    for s in specs:
        procs.append(Process(len(procs), s[0], s[1], s[2], s[3], s[3], -1))
    var timeline = simulate(procs, 2)
    print("timeline:", " ".join(timeline))
    var total_turnaround = 0
    var total_wait = 0
    for p in procs:
        var turnaround = p.finished_at - p.arrival
        var wait = turnaround - p.burst
        total_turnaround += turnaround
        total_wait += wait
        print(String(p).ascii_ljust(12), "turnaround", String(turnaround).ascii_rjust(3), "wait", String(wait).ascii_rjust(3))
    var n = Float64(len(procs))
    print("avg turnaround:", Float64(total_turnaround) / n)
    print("avg wait:", Float64(total_wait) / n)
