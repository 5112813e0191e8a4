def main() raises:
    var a = Array[Int, 5](fill=0)
    for i in range(5):
        a[i] = i * 10
    print(len(a), a[0], a[4], a[len(a) - 1])
    var b: Array[Float64, 3] = [1.5, 2.5, 3.5]
    var s = 0.0
    for x in b:
        s += x
    print(s)
    print(20 in a, 25 in a)
    var c: Array[String, 2] = ["hi", "there"]
    print(c[0], c[1])
    var d = Array[Int, 3](fill=0)
    d[0] = 1
    d[1] = 2
    d[2] = 3
    print(d[0] + d[1] + d[2])
    print(a.unsafe_get(2))
    var e = a.copy()
    e[0] = 99
    print(a[0], e[0])
    for x in reversed(b):
        print(x)
