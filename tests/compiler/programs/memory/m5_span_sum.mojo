# Functions that take a Span over a List's storage: sum, max, reverse in place, and sub-spans.


def total(s: Span[Int, _]) -> Int:
    var t = 0
    for x in s:
        t += x
    return t


def largest(s: Span[Float64, _]) -> Float64:
    var best = s[0]
    for i in range(1, len(s)):
        if s[i] > best:
            best = s[i]
    return best


def reverse_in_place(s: Span[mut=True, Int, _]):
    var i = 0
    var j = len(s) - 1
    while i < j:
        var t = s[i]
        s[i] = s[j]
        s[j] = t
        i += 1
        j -= 1


def main():
    var xs: List[Int] = [5, 1, 4, 1, 5, 9, 2, 6]
    print("total:", total(xs))
    print("first half:", total(Span(xs)[0:4]), "second half:", total(Span(xs)[4:]))
    reverse_in_place(xs)
    print("reversed:", xs)
    var fs: List[Float64] = [0.5, 2.25, -1.0, 2.5, 0.0]
    print("largest:", largest(fs))
    var sp = Span(xs)
    print("len:", len(sp), "sp[2]:", sp[2])
