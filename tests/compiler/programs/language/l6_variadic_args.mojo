# Variadic positional arguments, keyword-only arguments, variadic packs of mixed types.


def log_line(level: String, *parts: String) -> String:
    var out = "[" + level + "]"
    for p in parts:
        out += " " + p
    return out


def average(*values: Float64) -> Float64:
    if len(values) == 0:
        return 0.0
    var s = 0.0
    for v in values:
        s += v
    return s / Float64(len(values))


def count_kinds[*Ts: Writable](*args: *Ts) -> Int:
    return args.__len__()


def show_all[*Ts: Writable](*args: *Ts):
    var line = String()
    comptime for i in range(args.__len__()):
        line += "<" + String(args[i]) + ">"
    print(line)


def sum_list(values: List[Int], *, start: Int = 0) -> Int:
    var s = start
    for v in values:
        s += v
    return s


def main():
    print(log_line("info"))
    print(log_line("warn", "disk", "almost", "full"))
    print(average(), average(1.0), average(1.0, 2.0, 4.5))
    print(count_kinds(), count_kinds(1, "a", 2.5, True))
    show_all(1, "two", 3.25, False, Int8(-5))
    var xs: List[Int] = [1, 2, 3]
    print(sum_list(xs), sum_list(xs, start=100))
