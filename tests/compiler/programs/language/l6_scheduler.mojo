# A small task scheduler: priorities, dependencies, and topological ordering with errors.


@fieldwise_init
struct Task(Copyable, Movable):
    var name: String
    var priority: Int
    var deps: List[String]


struct Scheduler:
    var tasks: Dict[String, Task]
    var order: List[String]

    def __init__(out self):
        self.tasks = Dict[String, Task]()
        self.order = List[String]()

    def add(mut self, name: String, priority: Int, deps: List[String]):
        self.tasks[name] = Task(name, priority, deps.copy())
        self.order.append(name)

    def visit(self, name: String, mut state: Dict[String, Int], mut out: List[String]) raises:
        var st = state.get(name, 0)
        if st == 2:
            return
        if st == 1:
            raise Error("cycle at " + name)
        if name not in self.tasks:
            raise Error("missing task " + name)
        state[name] = 1
        for d in self.tasks[name].deps:
            self.visit(d, state, out)
        state[name] = 2
        out.append(name)

    def plan(self) raises -> List[String]:
        var state = Dict[String, Int]()
        var out = List[String]()
        var names = self.order.copy()
        for i in range(len(names)):
            for j in range(len(names) - 1 - i):
                if self.tasks[names[j]].priority < self.tasks[names[j + 1]].priority:
                    var t = names[j]
                    names[j] = names[j + 1]
                    names[j + 1] = t
        for n in names:
            self.visit(n, state, out)
        return out^


def main():
    var s = Scheduler()
    s.add("deploy", 1, ["build", "test"])
    s.add("build", 5, ["fetch"])
    s.add("fetch", 3, List[String]())
    s.add("test", 9, ["build"])
    s.add("lint", 7, List[String]())
    try:
        print("plan:", s.plan())
    except e:
        print("error", e)
    s.add("fetch", 3, ["deploy"])
    try:
        print("plan:", s.plan())
    except e:
        print("error:", e)
    s.add("fetch", 3, ["ghost"])
    try:
        print("plan:", s.plan())
    except e:
        print("error:", e)
