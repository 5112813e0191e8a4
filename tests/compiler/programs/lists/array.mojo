from std.collections import Array


def main():
    var a = Array[Int, 4](fill=0)
    for i in range(len(a)):
        a[i] = i * i
    var total = 0
    for x in a:
        total += x
    print(len(a), a[3], total)
    var b: Array[Float64, 3] = [1.5, 2.5, 3.5]
    print(b[0] + b[2])
    var c = b.copy()
    c[0] = 100.0
    print(b[0], c[0])
    print(a)
