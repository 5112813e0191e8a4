from std.collections import Dict, List


def tokenize(text: String) -> List[String]:
    var words = List[String]()
    var current = String()
    for cp in text.codepoints():
        if cp.is_ascii_lower() or cp.is_ascii_upper() or cp == Codepoint.ord("'"):
            current += String(cp).lower()
        else:
            if current.byte_length() > 0:
                words.append(current)
                current = String()
    if current.byte_length() > 0:
        words.append(current)
    return words^


def main() raises:
    var text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
    var words = tokenize(text)
    print("total words:", len(words))
    var counts = Dict[String, Int]()
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    var keys = List[String]()
    for k in counts.keys():
        keys.append(k)
    sort(keys)
    for k in keys:
        var n = counts[k]
        if n > 1:
            print(k.ascii_ljust(12, "."), String(n).ascii_rjust(3))
    var longest = String()
    for w in words:
        if w.byte_length() > longest.byte_length():
            longest = w
    print("longest:", longest, "(" + String(longest.byte_length()) + " letters)")
