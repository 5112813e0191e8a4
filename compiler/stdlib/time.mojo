# std.time: monotonic clocks.

def __clock_ns() -> Int: ...


def perf_counter_ns() -> Int:
    """Nanoseconds from a monotonic clock; only differences are meaningful."""
    return __clock_ns()


def perf_counter() -> Float64:
    """Seconds from a monotonic clock, as a Float64."""
    return Float64(__clock_ns()) / 1e9


def monotonic() -> Int:
    return __clock_ns()
