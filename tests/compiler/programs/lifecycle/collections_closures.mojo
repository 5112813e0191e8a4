from std.collections import Set

def count_words(text: String) -> Dict[String, Int]:
    var counts = Dict[String, Int]()
    for w in text.split(" "):
        var key = String(w)
        counts[key] = counts.get(key, 0) + 1
    return counts^


def joined(*parts: String) -> String:
    var out = String()
    for p in parts:
        out += p
    return out


@fieldwise_init
struct Book(Copyable, Writable):
    var title: String
    var tags: List[String]

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.title, " ", self.tags)


def retag(var b: Book, tag: String) -> Book:
    b.tags.append(tag)
    return b^


def main() raises:
    var counts = count_words("the cat and the hat and the bat")
    var keys = List[String]()
    for k in counts.keys():
        keys.append(String(k))
    sort(keys)
    for k in keys:
        print(k, counts[k])
    print(joined("a", "b", "c"))
    var seen = Set[String]()
    for w in ["x", "y", "x", "z", "y"]:
        seen.add(w)
    print(len(seen), "x" in seen, "q" in seen)
    var b = Book("Dune", ["scifi"])
    var b2 = retag(b.copy(), "classic")
    print(b)
    print(b2)
    var shelf = List[Book]()
    shelf.append(b^)
    shelf.append(b2^)
    for bk in shelf:
        print(bk.title, len(bk.tags))
    var total = 0
    def add(n: Int) capturing:
        total += n
    for i in range(4):
        add(i)
    print("total", total)
    var cps = 0
    for c in "héllo".codepoints():
        cps += 1
    print(cps)
