from std.collections import BinaryHeap

# Top-k scores and an emergency-room triage queue with BinaryHeap (a max-heap).


@fieldwise_init
struct Patient(Comparable, Copyable, Writable):
    var severity: Int
    var name: String

    def __lt__(self, other: Self) -> Bool:
        return self.severity < other.severity

    def __eq__(self, other: Self) -> Bool:
        return self.severity == other.severity and self.name == other.name

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, "[", self.severity, "]")


def main():
    var scores = BinaryHeap[Int]()
    for s in [72, 95, 13, 88, 61, 99, 40]:
        scores.push(s)
    print("count", len(scores), "best", scores.peek())
    var top3 = List[Int]()
    for _ in range(3):
        top3.append(scores.pop())
    print("top3", top3, "left", len(scores))
    var er = BinaryHeap[Patient](capacity=8)
    er.push(Patient(2, "sprain"))
    er.push(Patient(9, "cardiac"))
    er.push(Patient(5, "fracture"))
    er.push(Patient(7, "burn"))
    var backup = er.copy()
    while len(er) > 0:
        print("treat", er.pop())
    print("backup still has", len(backup), "next", backup.peek())
    backup.clear()
    print("after clear", len(backup))
    var words = BinaryHeap[String]()
    for w in ["kiwi", "apple", "mango", "fig"]:
        words.push(w)
    print(words.pop(), words.pop(), len(words))
