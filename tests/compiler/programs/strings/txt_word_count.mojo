def normalize(word: String) -> String:
    var w = String(word.strip(".,;:!?\"'()"))
    return w.lower()


def main() raises:
    var text = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!
"Quick," said the fox. (Lazy dog...)"""
    var counts = Dict[String, Int]()
    var total = 0
    for line in text.splitlines():
        for raw in line.split():
            var w = normalize(String(raw))
            if w.byte_length() == 0:
                continue
            total += 1
            counts[w] = counts.get(w, 0) + 1
    print("total words:", total)
    print("distinct:", len(counts))
    var keys = List[String]()
    for k in counts.keys():
        keys.append(k)
    sort(keys)
    for k in keys:
        var n = counts[k]
        print(k.ascii_ljust(8, "."), String(n).ascii_rjust(3), "#" * n)
    var longest = String("")
    for k in keys:
        if k.byte_length() > longest.byte_length():
            longest = k
    print("longest:", longest, "(" + String(longest.byte_length()) + " chars)")
