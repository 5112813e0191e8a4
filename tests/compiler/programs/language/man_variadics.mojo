def sum_all(*values: Int) -> Int:
    var total = 0
    for v in values:
        total += v
    return total


def count_and_first(*values: Int) -> String:
    if len(values) == 0:
        return "empty"
    return String(len(values)) + " values, first " + String(values[0])


def join_words(*words: String) -> String:
    var out = String()
    for i in range(len(words)):
        if i > 0:
            out += " "
        out += words[i]
    return out


def print_all[*Ts: Writable](*args: *Ts):
    comptime for i in range(args.__len__()):
        print(args[i], end=" ")
    print()


def labelled(label: String, *nums: Float64, scale: Float64 = 1.0) -> String:
    var s = label + ":"
    for n in nums:
        s += " " + String(n * scale)
    return s


def main():
    print(sum_all(), sum_all(5), sum_all(1, 2, 3, 4))
    print(count_and_first(), count_and_first(9, 8, 7))
    print(join_words("value", "semantics", "rock"))
    print_all(1, "two", 3.5, True)
    print(labelled("xs", 1.0, 2.5, scale=2.0))
