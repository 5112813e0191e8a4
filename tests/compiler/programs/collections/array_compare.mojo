def main():
    var a: Array[Int, 3] = [3, 1, 2]
    print(a, len(a), 2 in a, 7 in a)
    var b = Array[Int, 3](fill=7)
    print(b, a == b, a != b, a == a.copy())
    for x in reversed(a):
        print(x, end=" ")
    print()
    var s: Array[String, 2] = ["p", "q"]
    s[0] = "z"
    print(s)
    print(a < b, b <= a, a > b, a >= a)
