# List helpers that the checker calls (List itself is laid out by codegen; its older helpers are in
# collections.mojo). Private names: they stay global, so the checker finds them by name.

comptime _NO_BOUND = -9223372036854775808  # a slice bound left out (the checker's _NO_INDEX)


def _list_slice_span[T: Copyable](xs: List[T], start: Int, stop: Int, loc: String, fd: Int) -> List[T]:
    # xs[a:b] without a step is Mojo 1.2's ContiguousSlice: no negative indices, no clamping; a bound
    # outside 0...len(xs), or start > end, aborts with Mojo's message at the subscript's '['.
    var n = len(xs)
    var a = 0 if start == _NO_BOUND else start
    var z = n if stop == _NO_BOUND else stop
    if a < 0 or a > n:
        _abort_to("At: " + loc + ": Assert Error: slice start index " + String(a)
                  + " is out of bounds, valid range is 0 to " + String(n), fd)
    if z < 0 or z > n:
        _abort_to("At: " + loc + ": Assert Error: slice end index " + String(z)
                  + " is out of bounds, valid range is 0 to " + String(n), fd)
    if a > z:
        _abort_to("At: " + loc + ": Assert Error: slice start index " + String(a)
                  + " is greater than slice end index " + String(z), fd)
    var out = List[T](capacity=z - a)
    for i in range(a, z):
        out.append(xs[i].copy())
    return out^


def _list_slice_view[T: Copyable](p: Pointer[List[T]], start: Int, stop: Int, loc: String, fd: Int) -> Span[T]:
    # xs[a:b] where a Span is wanted (`avg(xs[1:3])`): Mojo's ContiguousSlice
    # gives a view of xs itself, checked as _list_slice_span checks it; the pointer keeps xs alive.
    var n = len(p[])
    var a = 0 if start == _NO_BOUND else start
    var z = n if stop == _NO_BOUND else stop
    if a < 0 or a > n:
        _abort_to("At: " + loc + ": Assert Error: slice start index " + String(a)
                  + " is out of bounds, valid range is 0 to " + String(n), fd)
    if z < 0 or z > n:
        _abort_to("At: " + loc + ": Assert Error: slice end index " + String(z)
                  + " is out of bounds, valid range is 0 to " + String(n), fd)
    if a > z:
        _abort_to("At: " + loc + ": Assert Error: slice start index " + String(a)
                  + " is greater than slice end index " + String(z), fd)
    return Span[T](unsafe_ptr=__list_data(p[]) + a, length=z - a)
