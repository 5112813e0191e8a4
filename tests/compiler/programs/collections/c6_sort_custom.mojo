# Sorting records with custom comparators: stable tie-breaks, descending, by key.


@fieldwise_init
struct Runner(Copyable, Writable):
    var name: String
    var seconds: Int
    var age: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, "(", self.seconds, "s, ", self.age, ")")


def faster(a: Runner, b: Runner) -> Bool:
    if a.seconds != b.seconds:
        return a.seconds < b.seconds
    return a.name < b.name


def main():
    var rs = List[Runner]()
    rs.append(Runner("zoe", 1510, 31))
    rs.append(Runner("al", 1480, 45))
    rs.append(Runner("bea", 1510, 28))
    rs.append(Runner("cy", 1395, 52))
    rs.append(Runner("dan", 1600, 19))
    sort(rs, faster)
    for i in range(len(rs)):
        print(i + 1, rs[i])

    def older(a: Runner, b: Runner) -> Bool:
        return a.age > b.age

    sort(rs, older)
    print("by age desc:")
    for r in rs:
        print(" ", r)
    var nums: List[Int] = [5, -3, 8, 0, -9, 2]

    def by_abs(a: Int, b: Int) -> Bool:
        return abs(a) < abs(b)

    sort(nums, by_abs)
    print("by abs", nums)
    var words: List[String] = ["pear", "Fig", "apple", "kiwi", "banana"]
    sort(words)
    print("sorted words", words)
    var floats: List[Float64] = [2.5, -1.0, 3.25, 0.0]
    sort(floats)
    print(floats)
    var sorted_copy = nums.copy()
    sort(sorted_copy)
    print("copy sorted", sorted_copy, "orig", nums)
