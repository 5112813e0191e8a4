def main():
    var xs: List[Int] = [1, 2, 3, 4, 5]
    xs.append(6)
    print(xs[1:6])
    print(xs[0:0])
    print(xs[6:6])
    print(xs[2:])
    print(xs[:3])
    print(xs[:])
    print(xs[::-1])
    print(xs[4:1:-1])
    print(xs[100:-100:-2])
    print(xs[:-8:-1])
    print(xs[1:100:2])
    print(xs[::0])
    print(xs[-2::1])
    print(xs[-100:100:3])
    print(xs[5:2:1])
    print(xs[-1:-7:-1])
    var a = 2
    var b = 4
    print(xs[a:b])
    b = 1
    print(xs[a:b])
