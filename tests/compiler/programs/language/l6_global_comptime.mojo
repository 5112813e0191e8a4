# Module-level comptime values: constants, computed values, type aliases and comptime functions.


comptime WIDTH = 8
comptime HEIGHT = WIDTH // 2
comptime AREA = WIDTH * HEIGHT
comptime GREETING = "hello"
comptime PI_ISH = 3.14159
comptime Row = List[Int]
comptime Table = List[Row]
comptime PRIMES = (2, 3, 5, 7, 11)


def factorial(n: Int) -> Int:
    var r = 1
    for i in range(2, n + 1):
        r *= i
    return r


comptime FACT10 = factorial(10)


def make_table() -> Table:
    var t = Table()
    for r in range(HEIGHT):
        var row = Row()
        for c in range(WIDTH):
            row.append(r * WIDTH + c)
        t.append(row^)
    return t^


struct Config:
    comptime max_users = 100
    comptime name = "server"
    comptime ratio = Float64(Self.max_users) / 8


def main():
    print(WIDTH, HEIGHT, AREA, GREETING, PI_ISH)
    print("10! =", FACT10)
    var t = make_table()
    print(len(t), len(t[0]), t[3][7])
    var s = 0
    comptime for i in range(5):
        s += PRIMES[i]
    print("sum of primes", s)
    print(Config.max_users, Config.name, Config.ratio)
    comptime local = AREA + 1
    print(local, GREETING * 2, GREETING.upper())
