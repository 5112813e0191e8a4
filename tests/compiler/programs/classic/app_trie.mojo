# A prefix trie stored as a List of nodes with Dict[String, Int] children:
# insert words with counts, prefix search sorted by frequency, deletion.


struct TrieNode(Copyable):
    var children: Dict[String, Int]
    var count: Int  # how many times a word ends here

    def __init__(out self):
        self.children = Dict[String, Int]()
        self.count = 0


struct Trie:
    var nodes: List[TrieNode]
    var words: Int

    def __init__(out self):
        self.nodes = List[TrieNode]()
        self.nodes.append(TrieNode())
        self.words = 0

    def insert(mut self, word: String) raises:
        var cur = 0
        for ch in word.codepoint_slices():
            var c = String(ch)
            if c not in self.nodes[cur].children:
                self.nodes.append(TrieNode())
                self.nodes[cur].children[c] = len(self.nodes) - 1
            cur = self.nodes[cur].children[c]
        if self.nodes[cur].count == 0:
            self.words += 1
        self.nodes[cur].count += 1

    def find(self, prefix: String) raises -> Int:
        var cur = 0
        for ch in prefix.codepoint_slices():
            var c = String(ch)
            if c not in self.nodes[cur].children:
                return -1
            cur = self.nodes[cur].children[c]
        return cur

    def count(self, word: String) raises -> Int:
        var n = self.find(word)
        return 0 if n == -1 else self.nodes[n].count

    def collect(self, node: Int, prefix: String, mut out: List[Tuple[String, Int]]) raises:
        if self.nodes[node].count > 0:
            out.append((prefix, self.nodes[node].count))
        var keys = List[String]()
        for k in self.nodes[node].children.keys():
            keys.append(k)
        sort(keys)
        for k in keys:
            self.collect(self.nodes[node].children[k], prefix + k, out)

    def complete(self, prefix: String, limit: Int) raises -> List[String]:
        var start = self.find(prefix)
        var found = List[Tuple[String, Int]]()
        if start != -1:
            self.collect(start, prefix, found)
        # stable selection by descending count
        var out = List[String]()
        var used = List[Bool](length=len(found), fill=False)
        for _ in range(min(limit, len(found))):
            var best = -1
            for i in range(len(found)):
                if not used[i] and (best == -1 or found[i][1] > found[best][1]):
                    best = i
            used[best] = True
            out.append(found[best][0] + "(" + String(found[best][1]) + ")")
        return out^

    def remove(mut self, word: String) raises -> Bool:
        var n = self.find(word)
        if n == -1 or self.nodes[n].count == 0:
            return False
        self.nodes[n].count = 0
        self.words -= 1
        return True


def main() raises:
    var t = Trie()
    var text = "the then there these they them theme thesis tea team tear tee ten tent the the they then tea"
    for w in text.split(" "):
        t.insert(String(w))
    t.insert("zoë")
    t.insert("zoo")
    print("distinct words:", t.words, "nodes:", len(t.nodes))
    for w in ["the", "then", "te", "x", "zoë"]:
        print("count", repr(w), t.count(w))
    for p in ["the", "te", "tea", "z", "q"]:
        print("complete", repr(p), t.complete(p, 4))
    print("remove 'then':", t.remove("then"), " again:", t.remove("then"))
    print("complete 'the':", t.complete("the", 10))
    print("distinct words:", t.words)
