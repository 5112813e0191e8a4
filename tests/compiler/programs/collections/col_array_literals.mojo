def main() raises:
    var words = ["pear", "apple", "fig"]
    print(len(words), words[0], words[2])
    for w in words:
        print(w)
    var nums = [3, 1, 2]
    print(nums)
    var total = 0
    for n in nums:
        total += n
    print(total)
    var as_list: List[Int] = [3, 1, 2]
    as_list.append(0)
    print(as_list)
