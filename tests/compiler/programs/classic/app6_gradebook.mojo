# A gradebook: parse CSV-like text, per-student averages, letter grades,
# ranking with ties, histogram, and error rows reported with line numbers.
from std.collections import Dict, Set


@fieldwise_init
struct Student(Copyable, Writable, Comparable):
    var name: String
    var scores: List[Int]

    def average(self) -> Float64:
        if len(self.scores) == 0:
            return 0.0
        var s = 0
        for x in self.scores:
            s += x
        return Float64(s) / Float64(len(self.scores))

    def __lt__(self, o: Self) -> Bool:
        if self.average() != o.average():
            return self.average() > o.average()
        return self.name < o.name

    def __eq__(self, o: Self) -> Bool:
        return self.name == o.name

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, " ", self.scores, " avg=", round(self.average(), 2))


def letter(avg: Float64) -> String:
    if avg >= 90:
        return "A"
    elif avg >= 80:
        return "B"
    elif avg >= 70:
        return "C"
    elif avg >= 60:
        return "D"
    return "F"


def parse(text: String) -> Tuple[List[Student], List[String]]:
    var students = List[Student]()
    var errors = List[String]()
    var seen = Set[String]()
    var lineno = 0
    for raw in text.splitlines():
        lineno += 1
        var line = raw.strip()
        if not line or line.startswith("#"):
            continue
        var fields = line.split(",")
        var name = String(fields[0].strip())
        if name in seen:
            errors.append("line " + String(lineno) + ": duplicate " + name)
            continue
        var scores = List[Int]()
        var ok = True
        for f in fields[1:]:
            try:
                var v = Int(f.strip())
                if v < 0 or v > 100:
                    raise Error("score out of range: " + String(v))
                scores.append(v)
            except e:
                errors.append("line " + String(lineno) + ": " + String(e))
                ok = False
                break
        if ok:
            seen.add(name)
            students.append(Student(name, scores^))
    return (students^, errors^)


def main():
    var text = """# name, scores...
    ada, 95, 88, 92
    bob, 72, 65, 80, 70
    cy, 88, 91
    dee, 100, x, 90
    eve, 59, 61
    ada, 1, 2
    fay, 88, 91
    gus, 101
    hal
    """
    var parsed = parse(text)
    var students = parsed[0].copy()
    for err in parsed[1]:
        print("error:", err)
    sort(students)
    var rank = 0
    var prev = -1.0
    for i in range(len(students)):
        var avg = students[i].average()
        if avg != prev:
            rank = i + 1
            prev = avg
        print(rank, students[i], letter(avg))
    var hist = Dict[String, Int]()
    for s in students:
        var g = letter(s.average())
        hist[g] = hist.get(g, 0) + 1
    for g in ["A", "B", "C", "D", "F"]:
        print(g, "#" * hist.get(g, 0))
    var best = students[0].copy()
    print("best:", best.name, "max score:", max(best.scores[0], best.scores[1]), "count:", len(students))
    print("names:", ", ".join([s.name for s in students]))
