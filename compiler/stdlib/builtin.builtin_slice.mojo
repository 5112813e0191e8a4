# std.builtin.builtin_slice: `Slice`, what a struct's `__getitem__(self, s: Slice)` receives for
# `x[a:b:c]` (the checker builds it from the parsed slice; missing bounds are None). In the prelude.


struct Slice(Copyable):
    var start: Optional[Int]
    var end: Optional[Int]
    var step: Optional[Int]

    def __init__(out self, start: Optional[Int], end: Optional[Int], step: Optional[Int] = None):
        self.start = start
        self.end = end
        self.step = step

    def indices(self, length: Int) -> Tuple[Int, Int, Int]:
        """(start, end, step) clamped to a sequence of `length` elements, as Python's slice.indices."""
        var step = self.step.or_else(1)
        var lo = 0 if step > 0 else -1
        var hi = length if step > 0 else length - 1
        var start = lo if step > 0 else hi
        if self.start:
            start = self.start.value()
            if start < 0:
                start = max(start + length, lo)
            elif start > hi:
                start = hi
        var end = hi if step > 0 else lo
        if self.end:
            end = self.end.value()
            if end < 0:
                end = max(end + length, lo)
            elif end > hi:
                end = hi
        return (start, end, step)
