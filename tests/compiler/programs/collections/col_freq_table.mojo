def main() raises:
    var text = "the quick brown fox jumps over the lazy dog the end"
    var freq = Dict[String, Int]()
    for w in text.split(" "):
        var word = String(w)
        freq[word] = freq.get(word, 0) + 1
    print(freq)
    var best = String("")
    var best_n = 0
    for item in freq.items():
        if item.value > best_n:
            best = item.key
            best_n = item.value
    print("most:", best, best_n)
    var letters = Dict[String, Int]()
    for c in text.codepoint_slices():
        var ch = String(c)
        if ch != " ":
            letters[ch] = letters.get(ch, 0) + 1
    var keys = List[String]()
    for k in letters.keys():
        keys.append(k)
    sort(keys)
    var out = String()
    for k in keys:
        out += k + String(letters[k])
    print(out)
    var by_len = Dict[Int, List[String]]()
    for w in text.split(" "):
        var n = w.byte_length()
        if n not in by_len:
            by_len[n] = List[String]()
        by_len[n].append(String(w))
    for item in by_len.items():
        print(item.key, item.value)
