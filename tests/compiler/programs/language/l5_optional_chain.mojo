# Optional values from struct methods: None checks, value(), or_else and Optional of structs.


@fieldwise_init
struct Node(Copyable, Writable):
    var name: String
    var parent: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Node(", self.name, ")")


struct Tree:
    var nodes: List[Node]

    def __init__(out self):
        self.nodes = List[Node]()

    def add(mut self, name: String, parent: Int) -> Int:
        self.nodes.append(Node(name, parent))
        return len(self.nodes) - 1

    def find(self, name: String) -> Optional[Int]:
        for i in range(len(self.nodes)):
            if self.nodes[i].name == name:
                return i
        return None

    def parent_of(self, i: Int) -> Optional[Node]:
        var p = self.nodes[i].parent
        if p < 0:
            return None
        return self.nodes[p].copy()

    def depth(self, i: Int) -> Int:
        var d = 0
        var cur = i
        while self.nodes[cur].parent >= 0:
            cur = self.nodes[cur].parent
            d += 1
        return d


def main():
    var t = Tree()
    var root = t.add("root", -1)
    var a = t.add("a", root)
    var b = t.add("b", a)
    _ = t.add("c", root)
    for name in ["b", "c", "zzz", "root"]:
        var idx = t.find(name)
        if idx:
            var i = idx.value()
            var p = t.parent_of(i)
            if p:
                print(name, "depth", t.depth(i), "parent", p.value())
            else:
                print(name, "is the root")
        else:
            print(name, "not found")
    print(t.find("a").or_else(-1), t.find("q").or_else(-1), b)
