def main() raises:
    var stack = List[Int]()
    for i in range(5):
        stack.append(i * 10)
    while len(stack) > 0:
        print(stack.pop(), end=" ")
    print()
    var matrix = List[List[Int]]()
    for r in range(3):
        var row = List[Int]()
        for c in range(3):
            row.append(r * 3 + c)
        matrix.append(row^)
    for row in matrix:
        print(row)
    var total = 0
    for r in range(3):
        total += matrix[r][r]
    print("trace:", total)
    var names: List[String] = ["x", "y"]
    names.insert(1, "mid")
    print(names, len(names))
    var found = names.index("y")
    print("index of y:", found)
    var rev = names.copy()
    rev.reverse()
    print(rev, names)
    print(names[0:2])
    print(names[1:])
    var nums: List[Int] = [3, 1, 2]
    nums.swap_elements(0, 2)
    print(nums)
    nums.resize(5, 0)
    print(nums)
