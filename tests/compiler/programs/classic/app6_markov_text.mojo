# A deterministic Markov-chain text generator: bigram table in a Dict of
# Lists, a tiny LCG for choices, word statistics and string formatting.


struct LCG:
    var state: UInt64

    def __init__(out self, seed: UInt64):
        self.state = seed

    def next(mut self) -> Int:
        self.state = self.state * 6364136223846793005 + 1442695040888963407
        return Int(self.state >> 33)

    def below(mut self, n: Int) -> Int:
        return self.next() % n


def build_table(words: List[String]) raises -> Dict[String, List[String]]:
    var table = Dict[String, List[String]]()
    for i in range(len(words) - 1):
        var w = words[i]
        if w not in table:
            table[w] = List[String]()
        table[w].append(words[i + 1])
    return table^


def main() raises:
    var corpus = """the cat sat on the mat and the dog sat on the log
    the cat saw the dog and the dog saw the cat on the mat"""
    var words = List[String]()
    for w in corpus.split():
        words.append(String(w))
    print("words:", len(words))
    var table = build_table(words)
    var keys = List[String]()
    for k in table.keys():
        keys.append(k)
    sort(keys)
    for k in keys:
        print(k.ascii_ljust(5), "->", table[k])
    var rng = LCG(42)
    for trial in range(3):
        var cur = String("the")
        var out = List[String]()
        out.append(cur)
        for _ in range(12):
            if cur not in table:
                break
            ref nexts = table[cur]
            cur = nexts[rng.below(len(nexts))]
            out.append(cur)
        print("sentence", trial, ":", " ".join(out))
    var longest = String()
    var total_len = 0
    for w in words:
        total_len += w.byte_length()
        if w.byte_length() > longest.byte_length():
            longest = w
    print("longest word:", longest, "avg length:", round(Float64(total_len) / Float64(len(words)), 3))
    print("upper:", corpus.split("\n")[0].upper())
    print("title count 'the':", corpus.count("the"), "find 'dog':", corpus.find("dog"), "rfind:", corpus.rfind("dog"))
