def append_twice(mut xs: List[String], item: String):
    xs.append(item)
    xs.append(item)


def take_and_extend(var xs: List[String]) -> List[String]:
    xs.append("end")
    return xs^


def length_of(xs: List[String]) -> Int:
    return len(xs)


def main():
    var words: List[String] = ["a"]
    append_twice(words, "b")
    print(words, length_of(words))
    var copied = take_and_extend(words.copy())
    print(words, copied)
    var moved = take_and_extend(words^)
    print(moved)
    var s = String("shared")
    var t = s
    t += "!"
    print(s, t)
