from std.collections import Counter

# Letter and word frequency tables with Dict and Counter.


def main() raises:
    var text = "the quick brown fox jumps over the lazy dog the fox"
    var words = text.split(" ")
    var freq = Dict[String, Int]()
    for w in words:
        freq[String(w)] = freq.get(String(w), 0) + 1
    var keys = List[String]()
    for k in freq.keys():
        keys.append(k)
    sort(keys)
    for k in keys:
        print(k, freq[k])
    var c = Counter[String]()
    for w in words:
        c[String(w)] += 1
    print("the:", c["the"], "cat:", c["cat"], "total:", c.total())
    var top = c.most_common(3)
    for t in top:
        print("top", t[0], t[1])
    var letters = Counter[String]()
    for cp in text.codepoints():
        var ch = String(cp)
        if ch != " ":
            letters[ch] += 1
    var best = letters.most_common(4)
    for t in best:
        print("letter", t[0], t[1])
    var by_len = Dict[Int, List[String]]()
    for k in keys:
        var n = k.byte_length()
        if n not in by_len:
            by_len[n] = List[String]()
        by_len[n].append(k)
    for e in by_len.items():
        print("len", e.key, e.value)
