def main() raises:
    var school = Dict[String, Dict[String, List[Int]]]()
    school["math"] = Dict[String, List[Int]]()
    school["art"] = Dict[String, List[Int]]()
    school["math"]["ann"] = [90, 85]
    school["math"]["bob"] = [70]
    school["art"]["ann"] = [99]
    school["math"]["bob"].append(88)
    for subject in school.keys():
        print(subject + ":")
        for student in school[subject].items():
            var total = 0
            for g in student.value:
                total += g
            print("  ", student.key, student.value, "avg", total // len(student.value))
    var grid = List[List[String]]()
    for r in range(3):
        var row = List[String]()
        for c in range(3):
            row.append("." if (r + c) % 2 == 0 else "#")
        grid.append(row^)
    grid[1][1] = "X"
    for row in grid:
        var line = String()
        for cell in row:
            line += cell
        print(line)
    var buckets = List[List[Int]](length=3, fill=List[Int]())
    for i in range(10):
        buckets[i % 3].append(i)
    print(buckets)
