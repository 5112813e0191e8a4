struct Row(Copyable, Writable):
    var name: String
    var age: Int
    var score: Float64

    def __init__(out self, name: String, age: Int, score: Float64):
        self.name = name
        self.age = age
        self.score = score

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Row(", self.name, ", ", self.age, ", ", self.score, ")")


def parse_row(line: String) raises -> Row:
    var fields = line.split(",")
    if len(fields) != 3:
        raise Error("expected 3 fields, got " + String(len(fields)))
    var name = String(fields[0].strip())
    var age = Int(fields[1].strip())
    var score = Float64(fields[2].strip())
    return Row(name, age, score)


def main():
    var data = "name,age,score\nalice, 30, 88.5\nbob,25,92\ncarol , x, 70.25\ndave,41\n  eve,22,  65.125  \n"
    var lines = data.splitlines()
    print("header:", lines[0])
    var rows = List[Row]()
    for i in range(1, len(lines)):
        try:
            rows.append(parse_row(String(lines[i])))
        except e:
            print("line", i, "skipped:", e)
    var total = 0.0
    for r in rows:
        print(r)
        total += r.score
    print("mean score:", total / Float64(len(rows)))
    var names = List[String]()
    for r in rows:
        names.append(r.name)
    print(" | ".join(names))
