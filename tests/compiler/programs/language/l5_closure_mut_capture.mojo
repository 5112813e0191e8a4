# Closures that capture by mutable reference, passed to generic helpers that call them repeatedly.


def repeat[F: def(Int) -> None](n: Int, f: F):
    for i in range(n):
        f(i)


def for_each(xs: List[String], f: Some[def(String) -> None]):
    for x in xs:
        f(x)


def main():
    var total = 0
    var count = 0
    def accumulate(i: Int) {mut total, mut count}:
        total += i * i
        count += 1
    repeat(5, accumulate)
    print("total", total, "count", count)
    repeat(3, accumulate)
    print("total", total, "count", count)

    var longest = String("")
    def track(s: String) {mut longest}:
        if s.byte_length() > longest.byte_length():
            longest = s
    for_each(["pear", "banana", "fig", "cherry"], track)
    print("longest:", longest)

    var hist = List[Int](length=4, fill=0)
    def bucket(i: Int) {mut hist}:
        hist[i % 4] += 1
    repeat(10, bucket)
    print(hist)
