# std.itertools over Lists: product, repeat, take, drop build their results
# as Lists (Mojo returns lazy iterators; a `for` loop sees the same elements in the same order).
# count and cycle never end: they are iterator structs (a `for` loop over them ends by `break`).


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


struct _CountIterator(Copyable, Movable):
    """start, start + step, start + 2 * step, ... without end."""

    var value: Int
    var step: Int

    def __init__(out self, start: Int, step: Int):
        self.value = start
        self.step = step

    def __iter__(self) -> Self:
        return self.copy()

    def __has_next__(self) -> Bool:
        return True

    def __next__(mut self) -> Int:
        var v = self.value
        self.value += self.step
        return v


def count(start: Int = 0, step: Int = 1) -> _CountIterator:
    return _CountIterator(start, step)


def take_while[T: Copyable, //, predicate: def(T) -> Bool](iterable: List[T]) -> List[T]:
    var out = List[T]()
    for i in range(len(iterable)):
        if not predicate(iterable[i].copy()):
            break
        out.append(iterable[i].copy())
    return out^


def drop_while[T: Copyable, //, predicate: def(T) -> Bool](iterable: List[T]) -> List[T]:
    var out = List[T]()
    var dropping = True
    for i in range(len(iterable)):
        if dropping and predicate(iterable[i].copy()):
            continue
        dropping = False
        out.append(iterable[i].copy())
    return out^


struct _CycleIterator[T: Copyable](Copyable, Movable):
    """The elements of a List over and over (none at all if it is empty)."""

    var items: List[Self.T]
    var index: Int

    def __init__(out self, var items: List[Self.T]):
        self.items = items^
        self.index = 0

    def __iter__(self) -> Self:
        return self.copy()

    def __has_next__(self) -> Bool:
        return len(self.items) > 0

    def __next__(mut self) -> Self.T:
        var v = self.items[self.index].copy()
        self.index = (self.index + 1) % len(self.items)
        return v^


def cycle[T: Copyable](iterable: List[T]) -> _CycleIterator[T]:
    return _CycleIterator[T](iterable.copy())
