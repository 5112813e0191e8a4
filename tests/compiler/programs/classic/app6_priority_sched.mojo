# A job scheduler with a trait for jobs, a generic priority queue using a
# comparison function parameter, deadlines and a Gantt-style printout.


trait Job(Copyable, Writable, Deinitable):
    def priority(self) -> Int:
        ...

    def duration(self) -> Int:
        ...

    def name(self) -> String:
        ...


@fieldwise_init
struct Build(Job):
    var target: String
    var files: Int

    def priority(self) -> Int:
        return 2

    def duration(self) -> Int:
        return 1 + self.files // 10

    def name(self) -> String:
        return "build:" + self.target

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Build(", self.target, ", ", self.files, " files)")


@fieldwise_init
struct Deploy(Job):
    var env: String
    var urgent: Bool

    def priority(self) -> Int:
        return 0 if self.urgent else 3

    def duration(self) -> Int:
        return 4

    def name(self) -> String:
        return "deploy:" + self.env

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Deploy(", self.env, ", urgent=", self.urgent, ")")


struct PQ[T: Job, less: def(T, T) thin -> Bool](Sized):
    var heap: List[Self.T]

    def __init__(out self):
        self.heap = List[Self.T]()

    def __len__(self) -> Int:
        return len(self.heap)

    def push(mut self, var x: Self.T):
        self.heap.append(x^)
        var i = len(self.heap) - 1
        while i > 0 and Self.less(self.heap[i], self.heap[(i - 1) // 2]):
            self.heap.swap_elements(i, (i - 1) // 2)
            i = (i - 1) // 2

    def pop(mut self) -> Self.T:
        self.heap.swap_elements(0, len(self.heap) - 1)
        var top = self.heap.pop()
        var i = 0
        while True:
            var best = i
            for c in [2 * i + 1, 2 * i + 2]:
                if c < len(self.heap) and Self.less(self.heap[c], self.heap[best]):
                    best = c
            if best == i:
                break
            self.heap.swap_elements(i, best)
            i = best
        return top^


def by_priority[T: Job](a: T, b: T) -> Bool:
    if a.priority() != b.priority():
        return a.priority() < b.priority()
    return a.duration() < b.duration()


def run_all[T: Job](var jobs: List[T]):
    var q = PQ[T, by_priority[T]]()
    for ref j in jobs:
        q.push(j.copy())
    var clock = 0
    while len(q) > 0:
        var j = q.pop()
        var bar = String(" ") * clock + String("#") * j.duration()
        print(j.name().ascii_ljust(16), "p", j.priority(), "|" + bar.ascii_ljust(20) + "|", clock, "->", clock + j.duration())
        clock += j.duration()
    print("makespan:", clock)


def main():
    var builds: List[Build] = [Build("core", 42), Build("ui", 7), Build("docs", 15), Build("tests", 30)]
    for b in builds:
        print(b, "prio", b.priority(), "dur", b.duration())
    run_all(builds^)
    var deploys: List[Deploy] = [Deploy("staging", False), Deploy("prod", True), Deploy("dev", False)]
    run_all(deploys^)
