@fieldwise_init
struct Employee(Copyable, Writable):
    var name: String
    var dept: String
    var salary: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, "(", self.dept, ", ", self.salary, ")")


def by_salary(a: Employee, b: Employee) -> Bool:
    return a.salary < b.salary


def main():
    var staff: List[Employee] = [
        Employee("ana", "eng", 120),
        Employee("bo", "ops", 90),
        Employee("cy", "eng", 105),
        Employee("di", "sales", 95),
        Employee("ed", "ops", 88),
    ]
    sort(staff, by_salary)
    for e in staff:
        print(e)

    def by_name_desc(a: Employee, b: Employee) -> Bool:
        return a.name > b.name

    sort(staff, by_name_desc)
    var names = List[String]()
    for e in staff:
        names.append(e.name)
    print(names)

    var salaries = List[Int]()
    for e in staff:
        salaries.append(e.salary)
    sort(salaries)
    print(salaries)
    var total = 0
    for s in salaries:
        total += s
    print("min", min(salaries[0], salaries[1]), "sum", total)
