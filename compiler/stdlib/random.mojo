# std.random: pseudo-random numbers (libc's drand48 generator; Mojo's own generator differs, so
# seeded sequences are not Mojo's).

def __libc_srand48(seed: Int): ...
def __libc_drand48() -> Float64: ...
def __libc_sqrt(x: Float64) -> Float64: ...
def __libc_log(x: Float64) -> Float64: ...
def __libc_cos(x: Float64) -> Float64: ...


def seed():
    """Seeds the generator from the clock."""
    __libc_srand48(__clock_ns())


def seed(a: Int):
    __libc_srand48(a)


def random_float64(min: Float64 = 0.0, max: Float64 = 1.0) -> Float64:
    return min + __libc_drand48() * (max - min)


def random_si64(min: Int64, max: Int64) -> Int64:
    var span = Int(max) - Int(min) + 1
    var r = Int(__libc_drand48() * Float64(span))
    if r >= span:
        r = span - 1
    return Int64(Int(min) + r)


def random_ui64(min: UInt64, max: UInt64) -> UInt64:
    var span = Int(max) - Int(min) + 1
    var r = Int(__libc_drand48() * Float64(span))
    if r >= span:
        r = span - 1
    return UInt64(Int(min) + r)


def random_ui64_full() -> UInt64:
    return UInt64(Int(__libc_drand48() * 4294967296.0)) << 32 | UInt64(Int(__libc_drand48() * 4294967296.0))


def randn_float64(mean: Float64 = 0.0, standard_deviation: Float64 = 1.0) -> Float64:
    # Box-Muller.
    var u1 = __libc_drand48()
    while u1 <= 0.0:
        u1 = __libc_drand48()
    var u2 = __libc_drand48()
    return mean + standard_deviation * __libc_sqrt(-2.0 * __libc_log(u1)) * __libc_cos(6.283185307179586 * u2)


def shuffle[T: Copyable](mut list: List[T]):
    var i = len(list) - 1
    while i > 0:
        var j = Int(__libc_drand48() * Float64(i + 1))
        if j > i:
            j = i
        var tmp = list[i].copy()
        list[i] = list[j].copy()
        list[j] = tmp^
        i -= 1
