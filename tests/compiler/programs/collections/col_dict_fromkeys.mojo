def main() raises:
    var keys: List[String] = ["a", "b", "c"]
    var d = Dict[String, Int].fromkeys(keys, 0)
    print(d)
    var e = Dict[String, String].fromkeys(keys, "-")
    print(e)
    var nums: Dict[Int, String] = {1: "one", 2: "two", 3: "three"}
    print(nums)
    print(nums == {1: "one", 2: "two", 3: "three"})
    print(nums != {1: "one"})
    nums[2] = "TWO"
    print(nums)
    _ = nums.pop(1)
    nums[1] = "uno"
    print(nums)
    var rev = Dict[String, Int]()
    for item in nums.items():
        rev[item.value] = item.key
    print(rev)
    for k in reversed(nums):
        print(k)
    var found = nums.find(3)
    print(found.value() if found else "none")
    var lost = nums.find(30)
    print(Bool(lost))
