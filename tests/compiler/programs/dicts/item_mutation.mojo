@fieldwise_init
struct Tally(Copyable, Writable):
    var hits: Int
    var names: List[String]

    def add(mut self, name: String):
        self.hits += 1
        self.names.append(name)

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.hits, " ", self.names)


def main() raises:
    var by_letter = Dict[String, Tally]()
    for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
        var first = String(String(w)[byte=0:1])
        if first not in by_letter:
            by_letter[first] = Tally(0, List[String]())
        by_letter[first].add(String(w))
    for k in ["a", "b", "c"]:
        print(k, by_letter[k])
    var lists = Dict[Int, List[Int]]()
    lists[1] = [3, 1, 2]
    lists[1].reverse()
    lists[1].insert(0, 9)
    var last = lists[1].pop()
    print(lists[1], last, len(lists))
