# std.iter's constructors over Lists: chain, once and empty build their results as Lists (Mojo
# returns lazy iterators; a `for` loop sees the same elements in the same order). iter, next,
# enumerate and zip are checker builtins (check/builtins.py); map is in prelude.mojo.


def chain[T: Copyable](*iterables: List[T]) -> List[T]:
    var out = List[T]()
    for i in range(len(iterables)):
        for j in range(len(iterables[i])):
            out.append(iterables[i][j].copy())
    return out^


def once[T: Copyable](var element: T, /) -> List[T]:
    var out = List[T](capacity=1)
    out.append(element^)
    return out^


def empty[T: Copyable]() -> List[T]:
    return List[T]()
