from std.collections import Counter, Set


def normalize(word: String) -> String:
    var out = String()
    for c in word.codepoints():
        if c.is_ascii_upper():
            out += String(Codepoint(UInt8(Int(c.to_u32()) + 32)))
        elif c.is_ascii_lower() or c.is_ascii_digit():
            out += String(c)
    return out


def main() raises:
    var text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs!  Quick, quick."""
    var counts = Counter[String]()
    var seen = Set[String]()
    var order = List[String]()
    for line in text.splitlines():
        for raw in line.split():
            var w = normalize(String(raw))
            if w.byte_length() == 0:
                continue
            counts[w] += 1
            if w not in seen:
                seen.add(w)
                order.append(w)
    print("distinct:", len(seen), "total:", counts.total())
    var top = counts.most_common(3)
    print(len(top))
    var longest = String()
    for w in order:
        if w.byte_length() > longest.byte_length():
            longest = w
    print("longest:", longest, longest.upper(), longest.byte_length())
    var by_len = Dict[Int, List[String]]()
    for w in order:
        var n = w.byte_length()
        if n not in by_len:
            by_len[n] = List[String]()
        by_len[n].append(w)
    for n in by_len.keys():
        print(n, ", ".join(by_len[n]))
    var initials = String()
    for w in order:
        initials += w[byte=0:1].upper()
    print(initials)
    print(text.count("the"), text.find("fox"), text.rfind("fox"), "dog" in text)
    var csv = "name,age\nann,31\nbob,25"
    var rows = csv.split("\n")
    var header = rows[0].split(",")
    for i in range(1, len(rows)):
        var cells = rows[i].split(",")
        print(header[0] + "=" + cells[0], header[1] + "=" + String(Int(cells[1]) + 1))
