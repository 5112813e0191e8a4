# comptime for over ranges and tuples, comptime if on parameters, @parameter spelling.


def unrolled_sum[n: Int]() -> Int:
    var s = 0
    comptime for i in range(n):
        s += i
    return s


def kind_of[n: Int]() -> String:
    comptime if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    else:
        return "positive"


def table[rows: Int, cols: Int]():
    comptime for r in range(rows):
        var line = String()
        comptime for c in range(cols):
            line += String((r + 1) * (c + 1)) + " "
        print(line)


def main():
    print(unrolled_sum[5](), unrolled_sum[10]())
    print(kind_of[-3](), kind_of[0](), kind_of[8]())
    table[3, 4]()
    comptime sizes = (8, 16, 32)
    comptime for i in range(3):
        print("size", sizes[i])
