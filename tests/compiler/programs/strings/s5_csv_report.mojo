from std.collections import List


struct Row(Copyable, Movable):
    var name: String
    var dept: String
    var salary: Float64
    var years: Int

    def __init__(out self, name: String, dept: String, salary: Float64, years: Int):
        self.name = name
        self.dept = dept
        self.salary = salary
        self.years = years


def parse(csv: String) raises -> List[Row]:
    var rows = List[Row]()
    var lines = csv.strip().splitlines()
    for i in range(1, len(lines)):
        var fields = lines[i].split(",")
        rows.append(Row(String(fields[0].strip()), String(fields[1].strip()), Float64(fields[2].strip()), Int(fields[3].strip())))
    return rows^


def main() raises:
    var data = """name, dept, salary, years
Alice, Engineering, 125000.50, 6
Bob, Marketing, 72000, 3
Carla, Engineering, 98000.25, 2
Dmitri, Sales, 64000.75, 9
Eve, Marketing, 81000, 5
"""
    var rows = parse(data)
    print("|", String("Name").ascii_ljust(8), "|", String("Dept").ascii_ljust(12), "|", String("Salary").ascii_rjust(10), "|", String("Yrs").ascii_rjust(3), "|")
    print("|" + "-" * 10 + "|" + "-" * 14 + "|" + "-" * 12 + "|" + "-" * 5 + "|")
    var total = 0.0
    for r in rows:
        print("|", r.name.ascii_ljust(8), "|", r.dept.ascii_ljust(12), "|", String(r.salary).ascii_rjust(10), "|", String(r.years).ascii_rjust(3), "|")
        total += r.salary
    print("total payroll:", total)
    print("average:", total / Float64(len(rows)))
    var eng = 0
    for r in rows:
        if r.dept == "Engineering":
            eng += 1
    print("engineers:", eng)
