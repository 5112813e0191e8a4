# Nested functions with compile-time parameters (what vectorize calls): explicit instances, captured
# variables read and mutated, and the enclosing function's comptime values.


def main():
    comptime base = 10
    var total = 0
    var scale = 3

    def add[k: Int](i: Int) {mut total, imm}:
        total += i * k * scale + base

    add[2](5)
    add[1](1)
    print("total:", total)

    def describe[n: Int, flag: Bool]() -> String:
        comptime if flag:
            return "flag set, n = " + String(n)
        else:
            return "no flag, n = " + String(n * base)

    print(describe[3, True]())
    print(describe[4, False]())

    var log = List[String]()
    def record[tag: StringLiteral](value: Int) {mut log}:
        log.append(tag + ":" + String(value))

    record["a"](1)
    record["b"](2)
    record["a"](3)
    print(len(log), log[0], log[1], log[2])
