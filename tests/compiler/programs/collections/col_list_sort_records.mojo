@fieldwise_init
struct Employee(Copyable, Movable, Writable):
    var name: String
    var dept: String
    var salary: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, "(", self.dept, ", ", self.salary, ")")


def by_salary(a: Employee, b: Employee) -> Bool:
    return a.salary < b.salary


def by_dept_then_name(a: Employee, b: Employee) -> Bool:
    if a.dept != b.dept:
        return a.dept < b.dept
    return a.name < b.name


def main() raises:
    var staff: List[Employee] = [
        Employee("Ada", "eng", 120),
        Employee("Bob", "ops", 90),
        Employee("Cy", "eng", 110),
        Employee("Di", "hr", 95),
        Employee("Ed", "ops", 90),
    ]
    sort(staff, by_salary)
    for e in staff:
        print(e)
    print("--")
    sort(staff, by_dept_then_name)
    for e in staff:
        print(e)
    print("--")
    var nums: List[Int] = [5, -2, 9, 0, -7, 3]

    def by_abs(a: Int, b: Int) -> Bool:
        return abs(a) < abs(b)

    sort(nums, by_abs)
    print(nums)

    def desc(a: Int, b: Int) -> Bool:
        return a > b

    sort(nums, desc)
    print(nums)
    var fl: List[Float64] = [3.5, -1.25, 2.0, 0.5]
    sort(fl)
    print(fl)
    var names: List[String] = ["delta", "Alpha", "charlie", "bravo"]
    sort(names)
    print(names)
