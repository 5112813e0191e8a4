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


def __libc_nanosleep(req: __Ptr, rem: __Ptr) -> Int32: ...


def sleep(sec: Float64):
    """Suspends the program for `sec` seconds."""
    if sec <= 0.0:
        return
    var ts = __malloc(16)
    var whole = Int(sec)
    var ns = Int((sec - Float64(whole)) * 1e9)
    _store_i64(ts, 0, whole)
    _store_i64(ts, 8, ns)
    _ = __libc_nanosleep(ts, ts)
    __free(ts)



def _store_i64(p: __Ptr, off: Int, v: Int):
    for k in range(8):
        __store_byte(p, off + k, UInt8((v >> (8 * k)) & 255))


def time_function[func: def() raises capturing -> None]() raises -> Int:
    var t0 = __clock_ns()
    func()
    return __clock_ns() - t0


def global_perf_counter_ns() -> Int:
    return __clock_ns()
