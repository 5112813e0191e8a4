# More of Span: membership, equality of views, swapping, copying between views, subspans.

def main() raises:
    var xs = List[Int]()
    for i in range(6):
        xs.append(i * 3)
    var s = Span(xs)
    print(9 in s, 10 in s, 3 not in s)
    var ys = List[Int]()
    for i in range(6):
        ys.append(i * 3)
    print(s == Span(ys), s != Span(ys), s[1:3] == Span(ys)[1:3], s[0:2] == s[1:3])
    s.swap_elements(1, 4)
    print(s)
    s.swap_elements(0, 5)
    print(s)
    print(xs[0])
    s[0:3].copy_from(Span(ys)[3:6])
    print(s)
    print(s.unsafe_get(2))
    print(s.unsafe_subspan(offset=1, length=2))
    try:
        s.swap_elements(0, 9)
    except e:
        print("error:", e)
    var words = List[String]()
    words.append("a")
    words.append("bb")
    words.append("ccc")
    var w = Span(words)
    w.swap_elements(0, 2)
    print(w, "bb" in w)
