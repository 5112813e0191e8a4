# std.memory: typed raw pointers, heap allocation, and raw memory operations.
#
# `Pointer[T, origin]` and its 1.2 alias `UnsafePointer[T, origin]` are one checker type
# (check/types.PointerType; origins are accepted and not tracked). `p[]`, `p[i]` and
# `p[unsafe_offset=i]` are places (the IR's `deref` projection), so `p[i] = v` assigns (destroying the
# old value, as in Mojo) and `p[i].field` reads through the pointer. A method `p.NAME(args)` is
# checked as a call of `_ptr_NAME(p, args)` below (check/pointers.py), and `p + n`, `p - q`,
# `p += n` as `_ptr_add`, `_ptr_sub`, `_ptr_diff`. The generic `__ptr_*` intrinsics are declared
# in memory.alloc.mojo and implemented in codegen (codegen/pointers.py) with the element type's
# size and lifecycle glue.

from std.memory.alloc import alloc, dealloc, Layout, Allocation


# ---------------------------------------------------------------- pointer methods: p.NAME(...)
def _ptr_free[T: AnyType](p: Pointer[T]):
    __ptr_free(p)


def _ptr_unsafe_free[T: AnyType](p: Pointer[T]):
    __ptr_free(p)


def _ptr_unsafe_write[T: Movable](p: Pointer[T], var value: T):
    """Moves value into the uninitialized memory p points to (nothing is destroyed first); the
    move constructor runs, as in Mojo."""
    __ptr_move_in(p, value^)


def _ptr_unsafe_write[T: Copyable](p: Pointer[T], *, copy: T):
    __ptr_init(p, copy.copy())


def _ptr_write[T: Movable](p: Pointer[T], var value: T):
    __ptr_move_in(p, value^)


def _ptr_take_pointee[T: Movable](p: Pointer[T]) -> T:
    """Moves the value out; the memory is uninitialized afterwards."""
    return __ptr_take(p)


def _ptr_unsafe_take_pointee[T: Movable](p: Pointer[T]) -> T:
    return __ptr_take(p)


def _ptr_unsafe_deinit_pointee[T: AnyType](p: Pointer[T]):
    """Runs the destructor of the value p points to; the memory is uninitialized afterwards."""
    __ptr_destroy(p)


def _ptr_unsafe_offset[T: AnyType](p: Pointer[T], n: Int) -> Pointer[T]:
    return __ptr_offset(p, n)


def _ptr_offset_from[T: AnyType](p: Pointer[T], other: Pointer[T]) -> Int:
    return _ptr_diff(p, other)


def _ptr_bitcast[U: AnyType, T: AnyType](p: Pointer[T]) -> Pointer[U]:
    return __ptr_cast[U](p)


def _ptr_copy[T: AnyType](p: Pointer[T]) -> Pointer[T]:
    return p


def _ptr___int__[T: AnyType](p: Pointer[T]) -> Int:
    return __ptr_addr(p)


def _ptr___bool__[T: AnyType](p: Pointer[T]) -> Bool:
    return __ptr_addr(p) != 0


def _ptr_load[width: Int = 1, D: DType = DType.uint8](p: Pointer[Scalar[D]]) -> SIMD[D, width]:
    return __ptr_load[D, width](p)


def _ptr_load[width: Int = 1, D: DType = DType.uint8](p: Pointer[Scalar[D]], offset: Int) -> SIMD[D, width]:
    return __ptr_load[D, width](__ptr_offset(p, offset))


def _ptr_unsafe_load[width: Int = 1, D: DType = DType.uint8](p: Pointer[Scalar[D]]) -> SIMD[D, width]:
    return __ptr_load[D, width](p)


def _ptr_unsafe_load[width: Int = 1, D: DType = DType.uint8](p: Pointer[Scalar[D]], offset: Int) -> SIMD[D, width]:
    return __ptr_load[D, width](__ptr_offset(p, offset))


def _ptr_store[D: DType, width: Int](p: Pointer[Scalar[D]], val: SIMD[D, width]):
    __ptr_store(p, val)


def _ptr_store[D: DType, width: Int](p: Pointer[Scalar[D]], offset: Int, val: SIMD[D, width]):
    __ptr_store(__ptr_offset(p, offset), val)


def _ptr_unsafe_store[D: DType, width: Int](p: Pointer[Scalar[D]], val: SIMD[D, width]):
    __ptr_store(p, val)


def _ptr_unsafe_store[D: DType, width: Int](p: Pointer[Scalar[D]], offset: Int, val: SIMD[D, width]):
    __ptr_store(__ptr_offset(p, offset), val)


# ---------------------------------------------------------------- pointer operators
def _ptr_add[T: AnyType](p: Pointer[T], n: Int) -> Pointer[T]:
    return __ptr_offset(p, n)


def _ptr_sub[T: AnyType](p: Pointer[T], n: Int) -> Pointer[T]:
    return __ptr_offset(p, -n)


def _ptr_diff[T: AnyType](p: Pointer[T], q: Pointer[T]) -> Int:
    """p - q in elements."""
    return (__ptr_addr(p) - __ptr_addr(q)) // __ptr_size_of(p)


# ---------------------------------------------------------------- raw memory
def unsafe_memcpy[T: AnyType](*, dest: Pointer[T], src: Pointer[T], count: Int):
    """Copies count values of T bit for bit (no copy constructors run); the ranges must not overlap."""
    __memcpy(__ptr_raw(dest), __ptr_raw(src), count * __ptr_size_of(dest))


def unsafe_memmove[T: AnyType](*, dest: Pointer[T], src: Pointer[T], count: Int):
    __ptr_memmove(__ptr_raw(dest), __ptr_raw(src), count * __ptr_size_of(dest))


def memmove[T: AnyType](*, dest: Pointer[T], src: Pointer[T], count: Int):
    __ptr_memmove(__ptr_raw(dest), __ptr_raw(src), count * __ptr_size_of(dest))


def unsafe_memset[T: AnyType](ptr: Pointer[T], value: UInt8, count: Int):
    """Sets count values' bytes (count * size_of[T]() bytes) to value."""
    __ptr_memset(__ptr_raw(ptr), value, count * __ptr_size_of(ptr))


def unsafe_memcmp[T: AnyType](s1: Pointer[T], s2: Pointer[T], count: Int) -> Int:
    """Compares count values' bytes: -1, 0 or 1, like Mojo's."""
    var r = __memcmp(__ptr_raw(s1), __ptr_raw(s2), count * __ptr_size_of(s1))
    if r < 0:
        return -1
    if r > 0:
        return 1
    return 0


def bitcast[D: DType, width: Int, S: DType](val: SIMD[S, width]) -> SIMD[D, width]:
    """Reinterprets the bits of a vector as another DType of the same width in bits."""
    var tmp = __ptr_alloc[Scalar[S]](width)
    __ptr_store(tmp, val)
    var r = __ptr_load[D, width](__ptr_cast[Scalar[D]](tmp))
    __ptr_free(tmp)
    return r


def _write_address(mut b: _Buffer, address: Int):
    """How print writes a pointer: its address in hex (codegen/ops.py)."""
    _write_str(b, hex(address))
