# Span: a view of a List's values (or of raw memory) without copying them.


def total(values: Span[Int, _]) -> Int:
    var t = 0
    for v in values:
        t += v
    return t


def double_all(values: Span[mut=True, Int, _]):
    for i in range(len(values)):
        values[i] *= 2


def longest(words: Span[String, _]) -> String:
    var best = String("")
    for w in words:
        if w.byte_length() > best.byte_length():
            best = w
    return best


def main():
    var nums = List[Int]()
    for i in range(1, 7):
        nums.append(i)
    print("total of a List passed as a Span:", total(nums))

    var s = Span(nums)
    print("len:", len(s), "first:", s[0], "last:", s[len(s) - 1])
    print("span:", s)
    print("s[1:4]:", s[1:4])
    print("s[:2]:", s[:2])
    print("s[4:]:", s[4:])
    print("total of s[2:]:", total(s[2:]))

    double_all(nums)
    print("after double_all:", nums[0], nums[5], s[5])
    s[0] = 100
    print("written through the span:", nums[0])
    s[1:3].fill(-1)
    print("after fill of s[1:3]:", s)

    var empty = Span[Int](unsafe_ptr=nums.unsafe_ptr(), length=0)
    print("empty is falsy:", not empty, len(empty), empty)

    var words = List[String]()
    words.append("fig")
    words.append("banana")
    words.append("kiwi")
    print("longest:", longest(words))
    var ws = Span(words)
    for w in ws[1:]:
        print("  word:", w)

    var raw = alloc[Float64](4)
    for i in range(4):
        raw[unsafe_offset=i] = Float64(i) / 4
    var view = Span[Float64](unsafe_ptr=raw, length=4)
    print("view of raw memory:", view, len(view))
    raw.unsafe_free()
