# Build-order resolution: a dependency graph of named tasks, Kahn's
# algorithm for a deterministic topological order, and cycle detection by DFS.


struct Graph:
    var names: List[String]
    var index: Dict[String, Int]
    var edges: List[List[Int]]  # edges[a] contains b when a must run before b

    def __init__(out self):
        self.names = List[String]()
        self.index = Dict[String, Int]()
        self.edges = List[List[Int]]()

    def node(mut self, name: String) -> Int:
        var found = self.index.get(name)
        if found:
            return found.value()
        self.names.append(name)
        self.edges.append(List[Int]())
        self.index[name] = len(self.names) - 1
        return len(self.names) - 1

    def depends(mut self, task: String, on: String):
        var a = self.node(on)
        var b = self.node(task)
        self.edges[a].append(b)

    def order(self) raises -> List[String]:
        var n = len(self.names)
        var indegree = List[Int](length=n, fill=0)
        for a in range(n):
            for b in self.edges[a]:
                indegree[b] += 1
        var ready = List[Int]()
        for i in range(n):
            if indegree[i] == 0:
                ready.append(i)
        var out = List[String]()
        while len(ready) > 0:
            # pick the alphabetically smallest ready task for a deterministic order
            var best = 0
            for k in range(1, len(ready)):
                if self.names[ready[k]] < self.names[ready[best]]:
                    best = k
            var cur = ready.pop(best)
            out.append(self.names[cur])
            for nxt in self.edges[cur]:
                indegree[nxt] -= 1
                if indegree[nxt] == 0:
                    ready.append(nxt)
        if len(out) != n:
            raise Error("cycle detected: " + self.find_cycle())
        return out^

    def find_cycle(self) -> String:
        var state = List[Int](length=len(self.names), fill=0)  # 0 new, 1 on stack, 2 done
        var stack = List[Int]()
        for start in range(len(self.names)):
            if state[start] == 0:
                var cyc = self._dfs(start, state, stack)
                if cyc.byte_length() > 0:
                    return cyc
        return ""

    def _dfs(self, u: Int, mut state: List[Int], mut stack: List[Int]) -> String:
        state[u] = 1
        stack.append(u)
        for v in self.edges[u]:
            if state[v] == 1:
                var parts = List[String]()
                var k = len(stack) - 1
                while stack[k] != v:
                    k -= 1
                for i in range(k, len(stack)):
                    parts.append(self.names[stack[i]])
                parts.append(self.names[v])
                return " -> ".join(parts)
            if state[v] == 0:
                var c = self._dfs(v, state, stack)
                if c.byte_length() > 0:
                    return c
        _ = stack.pop()
        state[u] = 2
        return ""


def main():
    var g = Graph()
    var rules: List[Tuple[String, String]] = [
        ("compile", "fetch"),
        ("compile", "configure"),
        ("configure", "fetch"),
        ("test", "compile"),
        ("docs", "configure"),
        ("package", "test"),
        ("package", "docs"),
        ("lint", "fetch"),
        ("release", "package"),
        ("release", "lint"),
    ]
    for r in rules:
        g.depends(r[0], r[1])
    try:
        var order = g.order()
        print("build order:", " ".join(order))
        for i in range(len(order)):
            print(String(i + 1).ascii_rjust(2) + ".", order[i])
    except e:
        print(e)

    g.depends("fetch", "release")
    try:
        _ = g.order()
    except e:
        print(e)

    var h = Graph()
    for i in range(6):
        h.depends("step" + String(i + 1), "step" + String(i))
    try:
        print("chain:", h.order())
    except e:
        print(e)
