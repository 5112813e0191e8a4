# Edit distance between words and a spelling suggester built on it.


def distance(a: String, b: String) -> Int:
    var x = a.as_bytes()
    var y = b.as_bytes()
    var prev = List[Int]()
    for j in range(len(y) + 1):
        prev.append(j)
    for i in range(1, len(x) + 1):
        var cur = List[Int]()
        cur.append(i)
        for j in range(1, len(y) + 1):
            var cost = 0 if x[i - 1] == y[j - 1] else 1
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost))
        prev = cur^
    return prev[len(y)]


def suggest(word: String, dictionary: List[String]) -> String:
    var best = String()
    var best_d = 1 << 30
    for w in dictionary:
        var d = distance(word.lower(), w)
        if d < best_d:
            best_d = d
            best = w
    return best + " (" + String(best_d) + ")"


def main():
    var pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("Saturday", "Sunday"), ("intention", "execution")]
    for p in pairs:
        print(p[0].ascii_rjust(10), p[1].ascii_ljust(10), distance(p[0], p[1]))
    var dictionary: List[String] = ["string", "strong", "spring", "slice", "split", "strip", "format", "codepoint", "join", "replace"]
    for w in ["strng", "Slpit", "formatt", "jion", "codepiont", "replce", "xyz"]:
        print(w, "->", suggest(w, dictionary))
