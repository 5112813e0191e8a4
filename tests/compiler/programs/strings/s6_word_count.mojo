# Word frequency over a small corpus: lowercase, strip punctuation, count, sort by count.
from std.collections import Dict, List


def clean_word(w: String) -> String:
    var out = String()
    for cp in w.codepoints():
        var c = Int(cp)
        if (c >= ord("a") and c <= ord("z")) or (c >= ord("0") and c <= ord("9")) or c == ord("'"):
            out += String(cp)
    return out^


def main() raises:
    var text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
    var counts = Dict[String, Int]()
    var total = 0
    for line in text.splitlines():
        for raw in line.split():
            var w = clean_word(String(raw).lower())
            if w.byte_length() == 0:
                continue
            total += 1
            counts[w] = counts.get(w, 0) + 1
    print("total words:", total)
    print("distinct:", len(counts))
    var keys = List[String]()
    for k in counts.keys():
        keys.append(k)
    # sort by descending count, then alphabetically
    for i in range(1, len(keys)):
        var j = i
        while j > 0:
            var a = keys[j - 1]
            var b = keys[j]
            var ca = counts[a]
            var cb = counts[b]
            if ca < cb or (ca == cb and b < a):
                keys[j - 1] = b
                keys[j] = a
                j -= 1
            else:
                break
    for k in keys:
        var n = counts[k]
        print(k.ascii_ljust(14, "."), String(n).ascii_rjust(3), "*" * n)
