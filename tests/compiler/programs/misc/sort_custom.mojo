def by_len(a: String, b: String) -> Bool:
    return a.byte_length() < b.byte_length()


def main():
    var words: List[String] = ["ccc", "a", "bb", "dddd"]
    sort(words, by_len)
    print(words)
    var nums: List[Int] = [5, 2, 9, 1]

    def desc(a: Int, b: Int) -> Bool:
        return a > b

    sort(nums, desc)
    print(nums)
    sort(nums)
    print(nums)
