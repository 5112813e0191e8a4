# Word statistics over a text: split, strip, lower, counting in a Dict, sorted output.


def normalize(w: String) -> String:
    var out = String()
    for c in w.lower().codepoint_slices():
        if (c >= "a" and c <= "z") or c == "'":
            out += c
    return out


def main():
    var text = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!  Quick, quick -- said the bird."""
    var counts = Dict[String, Int]()
    var total = 0
    for line in text.splitlines():
        for raw in line.split():
            var w = normalize(String(raw))
            if w.byte_length() == 0:
                continue
            total += 1
            counts[w] = counts.get(w, 0) + 1
    print("words", total, "unique", len(counts))
    var keys = List[String]()
    for k in counts.keys():
        keys.append(k)
    sort(keys)
    for k in keys:
        var c = counts.get(k, 0)
        if c > 1:
            print(k, c)
    var longest = String()
    for k in keys:
        if k.byte_length() > longest.byte_length():
            longest = k
    print("longest", longest)
    print("title", "  padded  ".strip(), "|", "a,b,,c".split(","))
    print("joined", ", ".join(keys[:4]))
