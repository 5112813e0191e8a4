# The 2023 Mojo Playground's library names that Mojo 1.2 no longer has, written over the 1.2
# library, so that the 2023 notebooks run (issue 11). User code never imports this module by its
# name: a 2023 name that is unknown (`DTypePointer`, `F32`) or missing from the module a 2023
# program imports it from (`from memory import memset_zero`) resolves here, with a warning that
# names the Mojo 1.2 spelling (compiler/check/legacy2023.py holds the tables).

from std.memory import alloc, unsafe_memcpy, unsafe_memset
from std.random import random_float64
from std.sys import num_physical_cores, size_of
from std.math import ceildiv
from std.python import Python, PythonObject
from std.time import perf_counter_ns
from std.benchmark import Batch, Report
from std.utils.numerics import neg_inf


# ---------------------------------------------------------------- early-2023 scalar type names
comptime F16 = Float16
comptime F32 = Float32
comptime F64 = Float64
comptime SI8 = Int8
comptime SI16 = Int16
comptime SI32 = Int32
comptime SI64 = Int64
comptime UI8 = UInt8
comptime UI16 = UInt16
comptime UI32 = UInt32
comptime UI64 = UInt64
# 2023's borrowed string view; Mojo 1.2 has StringSlice (a String here keeps the lifetimes simple).
comptime StringRef = String
# 2023's bound for register-passable (trivially copied) element types.
comptime AnyRegType = ImplicitlyCopyable & Movable


def div_ceil(numerator: Int, denominator: Int) -> Int:
    # math's name (Mojo 1.2: std.math.ceildiv)
    return ceildiv(numerator, denominator)


def num_cores() -> Int:
    # runtime.llcl's name (Mojo 1.2: std.sys.num_physical_cores)
    return num_physical_cores()


def neginf[dtype: DType]() -> Scalar[dtype]:
    # math.limit's name (Mojo 1.2: std.utils.numerics.neg_inf)
    return neg_inf[dtype]()


# 2023's dynamic `object` (also the type of untyped `def` arguments): computed by Python here.
comptime object = PythonObject


def _python_cell_global(name: String) raises -> PythonObject:
    # A global of a notebook's `%%python` cell (IPython runs them in `__main__`), used by a 2023 cell.
    return Python.import_module("__main__").__getattr__(name)


# ---------------------------------------------------------------- VariadicList
struct VariadicList[T: ImplicitlyCopyable & Movable](ImplicitlyCopyable, Copyable, Movable, Sized):
    """2023 `VariadicList(3, 1, 4)` (from `utils.list`): a fixed list of values of one type. Mojo 1.2
    keeps VariadicList for `*args` only; a List does this job."""

    var items: List[Self.T]

    def __init__(out self, *values: Self.T):
        self.items = List[Self.T]()
        for v in values:
            self.items.append(v)

    def __len__(self) -> Int:
        return len(self.items)

    def __getitem__(self, i: Int) -> Self.T:
        return self.items[i]


# ---------------------------------------------------------------- DTypePointer
struct DTypePointer[dtype: DType](ImplicitlyCopyable, Copyable, Movable):
    """A pointer to values of one DType (Mojo 1.2: `UnsafePointer[Scalar[dtype]]`)."""

    var address: Pointer[Scalar[Self.dtype]]

    def __init__(out self):
        self.address = Pointer[Scalar[Self.dtype]]()

    def __init__(out self, address: Pointer[Scalar[Self.dtype]]):
        self.address = address

    @staticmethod
    def alloc(count: Int) -> DTypePointer[Self.dtype]:
        return DTypePointer[Self.dtype](alloc[Scalar[Self.dtype]](count))

    @staticmethod
    def aligned_alloc(alignment: Int, count: Int) -> DTypePointer[Self.dtype]:
        return DTypePointer[Self.dtype](alloc[Scalar[Self.dtype]](count))

    @staticmethod
    def get_null() -> DTypePointer[Self.dtype]:
        return DTypePointer[Self.dtype]()

    def free(self):
        self.address.free()

    def load(self, offset: Int = 0) -> Scalar[Self.dtype]:
        return self.address[offset]

    def store(self, offset: Int, value: Scalar[Self.dtype]):
        self.address[offset] = value

    def store(self, value: Scalar[Self.dtype]):
        self.address[0] = value

    # 2023 code stores Ints into any DType (an implicit conversion then).
    def store(self, offset: Int, value: Int):
        self.address[offset] = Scalar[Self.dtype](value)

    def simd_load[width: Int](self, offset: Int = 0) -> SIMD[Self.dtype, width]:
        return (self.address + offset).load[width=width]()

    def simd_store[width: Int](self, offset: Int, value: SIMD[Self.dtype, width]):
        (self.address + offset).store(value)

    def simd_store[width: Int](self, value: SIMD[Self.dtype, width]):
        self.address.store(value)

    def offset(self, n: Int) -> DTypePointer[Self.dtype]:
        return DTypePointer[Self.dtype](self.address + n)

    def __add__(self, n: Int) -> DTypePointer[Self.dtype]:
        return DTypePointer[Self.dtype](self.address + n)

    def __sub__(self, n: Int) -> DTypePointer[Self.dtype]:
        return DTypePointer[Self.dtype](self.address - n)

    def __getitem__(self, i: Int) -> Scalar[Self.dtype]:
        return self.address[i]

    def __setitem__(self, i: Int, value: Scalar[Self.dtype]):
        self.address[i] = value

    def __bool__(self) -> Bool:
        return Bool(self.address)

    def __eq__(self, other: DTypePointer[Self.dtype]) -> Bool:
        return self.address == other.address

    def __ne__(self, other: DTypePointer[Self.dtype]) -> Bool:
        return self.address != other.address


# ---------------------------------------------------------------- memory and random over DTypePointer
def memset_zero[dtype: DType](ptr: DTypePointer[dtype], count: Int):
    for i in range(count):
        ptr.address[i] = 0


def memset[dtype: DType](ptr: DTypePointer[dtype], value: UInt8, count: Int):
    unsafe_memset(ptr.address, value, count * size_of[Scalar[dtype]]())


def memcpy[dtype: DType](dest: DTypePointer[dtype], src: DTypePointer[dtype], count: Int):
    unsafe_memcpy(dest=dest.address, src=src.address, count=count)


def rand[dtype: DType](ptr: DTypePointer[dtype], count: Int):
    # Uniform values in [0, 1) (the 2023 `random.rand`); integer types get 0 or small values.
    for i in range(count):
        ptr.address[i] = Scalar[dtype](random_float64())


# ---------------------------------------------------------------- the 2023 Pointer[T] methods
# `Pointer[T].alloc(n)` and `.address_of(x)` are rewritten by check/legacy2023.py; these are found
# as methods (`p.load(i)` is `_ptr_load(p, i)`), after std.memory's SIMD forms.
def _ptr_load[T: ImplicitlyCopyable](p: Pointer[T], offset: Int = 0) -> T:
    return p[offset]


def _ptr_store[T: Movable](p: Pointer[T], offset: Int, var value: T):
    __ptr_move_in(__ptr_offset(p, offset), value^)


def _ptr_store[T: Movable](p: Pointer[T], var value: T):
    __ptr_move_in(p, value^)


def _ptr_offset[T: AnyType](p: Pointer[T], n: Int) -> Pointer[T]:
    return __ptr_offset(p, n)


# `stack_allocation[n, dtype]()` gave a DTypePointer in 2023: its simd_load/simd_store.
def _ptr_simd_load[width: Int, D: DType](p: Pointer[Scalar[D]], offset: Int = 0) -> SIMD[D, width]:
    return (p + offset).load[width=width]()


def _ptr_simd_store[width: Int, D: DType](p: Pointer[Scalar[D]], offset: Int, value: SIMD[D, width]):
    (p + offset).store(value)


def now() -> Int:
    # time's name (Mojo 1.2: std.time.perf_counter_ns), in nanoseconds
    return Int(perf_counter_ns())


# ---------------------------------------------------------------- benchmarking (2023)
struct Benchmark(Copyable, Movable):
    """`Benchmark().run[f]()`: f's mean time in nanoseconds (check/legacy2023.py builds the loop)."""

    var num_warmup: Int
    var max_iters: Int

    def __init__(out self, num_warmup: Int = 2, max_iters: Int = 100000, min_time_ns: Int = 500000000,
                 max_time_ns: Int = 1000000000):
        self.num_warmup = num_warmup
        self.max_iters = max_iters


def _legacy_clock() -> Int:
    return perf_counter_ns()


def _legacy_iterations(sample_ns: Int) -> Int:
    # As many calls as fit in about 0.1 s, from one timed call; at least 1, at most a million.
    return max(1, min(1000000, 100000000 // max(sample_ns, 1)))


def _legacy_report(mean_ns: Int) -> Report:
    # `benchmark.run[f]()` (late 2023): a Report whose mean() is the measured time per call.
    var runs = List[Batch]()
    runs.append(Batch(mean_ns, 1, True))
    return Report(0, runs^)


# ---------------------------------------------------------------- tensor.Tensor, utils.index.Index (late 2023)
@fieldwise_init
struct StaticIntTuple(ImplicitlyCopyable, Copyable, Movable):
    """`Index(row, col)`: up to four indices (Mojo 1.2: `IndexList`)."""

    var count: Int
    var i0: Int
    var i1: Int
    var i2: Int
    var i3: Int


def Index(i0: Int) -> StaticIntTuple:
    return StaticIntTuple(1, i0, 0, 0, 0)


def Index(i0: Int, i1: Int) -> StaticIntTuple:
    return StaticIntTuple(2, i0, i1, 0, 0)


def Index(i0: Int, i1: Int, i2: Int) -> StaticIntTuple:
    return StaticIntTuple(3, i0, i1, i2, 0)


def Index(i0: Int, i1: Int, i2: Int, i3: Int) -> StaticIntTuple:
    return StaticIntTuple(4, i0, i1, i2, i3)


struct Tensor[dtype: DType](ImplicitlyCopyable, Copyable, Movable):
    """The 2023 `Tensor[dtype](d0, d1, ...)`: row-major values, zeroed, owned (a copy copies them)."""

    var _ptr: Pointer[Scalar[Self.dtype]]
    var _dims: List[Int]
    var _size: Int

    def __init__(out self, *dims: Int):
        self._dims = List[Int]()
        var n = 1
        for i in range(len(dims)):
            self._dims.append(dims[i])
            n *= dims[i]
        self._size = n
        self._ptr = alloc[Scalar[Self.dtype]](max(n, 1))
        for i in range(n):
            self._ptr[i] = 0

    def __init__(out self, *, copy: Self):
        self._dims = copy._dims.copy()
        self._size = copy._size
        self._ptr = alloc[Scalar[Self.dtype]](max(copy._size, 1))
        for i in range(copy._size):
            self._ptr[i] = copy._ptr[i]

    def __deinit__(deinit self):
        self._ptr.free()

    def _at(self, idx: StaticIntTuple) -> Int:
        var flat = 0
        var parts = [idx.i0, idx.i1, idx.i2, idx.i3]
        for k in range(idx.count):
            flat = flat * self._dims[k] + parts[k]
        return flat

    def num_elements(self) -> Int:
        return self._size

    def rank(self) -> Int:
        return len(self._dims)

    def dim(self, i: Int) -> Int:
        return self._dims[i]

    def data(self) -> DTypePointer[Self.dtype]:
        return DTypePointer[Self.dtype](self._ptr)

    def __getitem__(self, i: Int) -> Scalar[Self.dtype]:
        return self._ptr[i]

    def __getitem__(self, i: Int, j: Int) -> Scalar[Self.dtype]:
        return self._ptr[self._at(Index(i, j))]

    def __getitem__(self, i: Int, j: Int, k: Int) -> Scalar[Self.dtype]:
        return self._ptr[self._at(Index(i, j, k))]

    def __getitem__(self, idx: StaticIntTuple) -> Scalar[Self.dtype]:
        return self._ptr[self._at(idx)]

    def __setitem__(mut self, i: Int, value: Scalar[Self.dtype]):
        self._ptr[i] = value

    def __setitem__(mut self, i: Int, j: Int, value: Scalar[Self.dtype]):
        self._ptr[self._at(Index(i, j))] = value

    def __setitem__(mut self, i: Int, j: Int, k: Int, value: Scalar[Self.dtype]):
        self._ptr[self._at(Index(i, j, k))] = value

    def __setitem__(mut self, idx: StaticIntTuple, value: Scalar[Self.dtype]):
        self._ptr[self._at(idx)] = value

    def simd_load[width: Int](self, i: Int) -> SIMD[Self.dtype, width]:
        return (self._ptr + i).load[width=width]()

    def simd_store[width: Int](mut self, i: Int, value: SIMD[Self.dtype, width]):
        (self._ptr + i).store(value)


# ---------------------------------------------------------------- autotune (2023)
# frontend/autotune2023.py rewrites `search[...]()` to run the user's evaluator the first time and
# keep its choice here, under a key made from the @adaptive function's name: 64 slots of
# (key + 1, choice) in two words each, probed linearly, in a process-wide block codegen reserves.
def __autotune_table() -> __Ptr: ...


def _autotune_choice(key: Int) -> Int:
    var t = __autotune_table()
    for i in range(64):
        var slot = (key + i) % 64
        var k = __load_word(t, 2 * slot)
        if k == 0:
            return -1
        if k == key + 1:
            return __load_word(t, 2 * slot + 1)
    return -1


def _autotune_remember(key: Int, choice: Int):
    var t = __autotune_table()
    for i in range(64):
        var slot = (key + i) % 64
        var k = __load_word(t, 2 * slot)
        if k == 0 or k == key + 1:
            __store_word(t, 2 * slot, key + 1)
            __store_word(t, 2 * slot + 1, choice)
            return


# ---------------------------------------------------------------- tile (2023)
# std.algorithm's type of a 2-D tile function (the notebooks import it and write their own `tile`);
# a compile-time parameter of this type is bound to a parametric closure (check/legacy_fn_params.py).
comptime Static2DTileUnitFunc = def[tile_x: Int, tile_y: Int](Int, Int) capturing -> None
