# std.itertools over Lists: product, repeat, take, drop build their results
# as Lists (Mojo returns lazy iterators; a `for` loop sees the same elements in the same order).
# `count(start, step)` is a checker builtin: an unbounded range (check/builtins.py). Not yet:
# cycle (infinite), take_while/drop_while (a function parameter typed by another parameter).


def product[A: Copyable, B: Copyable](iterable_a: List[A], iterable_b: List[B]) -> List[Tuple[A, B]]:
    var out = List[Tuple[A, B]](capacity=len(iterable_a) * len(iterable_b))
    for i in range(len(iterable_a)):
        for j in range(len(iterable_b)):
            out.append((iterable_a[i].copy(), iterable_b[j].copy()))
    return out^


def product[A: Copyable, B: Copyable, C: Copyable](iterable_a: List[A], iterable_b: List[B],
                                                   iterable_c: List[C]) -> List[Tuple[A, B, C]]:
    var out = List[Tuple[A, B, C]]()
    for i in range(len(iterable_a)):
        for j in range(len(iterable_b)):
            for k in range(len(iterable_c)):
                out.append((iterable_a[i].copy(), iterable_b[j].copy(), iterable_c[k].copy()))
    return out^


def repeat[T: Copyable](element: T, *, times: Int) -> List[T]:
    var out = List[T](capacity=max(times, 0))
    for _ in range(times):
        out.append(element.copy())
    return out^


def take[T: Copyable](iterable: List[T], count: Int) -> List[T]:
    var out = List[T]()
    for i in range(min(max(count, 0), len(iterable))):
        out.append(iterable[i].copy())
    return out^


def drop[T: Copyable](iterable: List[T], count: Int) -> List[T]:
    var out = List[T]()
    for i in range(max(count, 0), len(iterable)):
        out.append(iterable[i].copy())
    return out^


def _count_stop(step: Int) -> Int:
    # count() never ends: a range to the far end of Int in the direction of step.
    return 9223372036854775807 if step > 0 else -9223372036854775807 - 1
