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


def _ptr_unsafe_bitcast[U: AnyType, T: AnyType](p: Pointer[T]) -> Pointer[U]:
    return __ptr_cast[U](p)


# Origins are not tracked (check/pointers.py): the casts between them are the pointer itself.
def _ptr_as_imm[T: AnyType](p: Pointer[T]) -> Pointer[T]:
    return p


def _ptr_as_unsafe_any_origin[T: AnyType](p: Pointer[T]) -> Pointer[T]:
    return p


def _ptr_address_space_cast[T: AnyType](p: Pointer[T]) -> Pointer[T]:
    return p


def _ptr___int__[T: AnyType](p: Pointer[T]) -> Int:
    return __ptr_addr(p)


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


def _ptr_unsafe_strided_load[width: Int, D: DType](p: Pointer[Scalar[D]], stride: Int) -> SIMD[D, width]:
    """Lanes from p[0], p[stride], p[2 * stride], ..."""
    var v = SIMD[D, width](0)
    for i in range(width):
        v[i] = __ptr_load[D, 1](__ptr_offset(p, i * stride))
    return v


def _ptr_strided_load[width: Int, D: DType](p: Pointer[Scalar[D]], stride: Int) -> SIMD[D, width]:
    return _ptr_unsafe_strided_load[width](p, stride)


def _ptr_unsafe_strided_store[D: DType, width: Int](p: Pointer[Scalar[D]], val: SIMD[D, width], stride: Int):
    for i in range(width):
        __ptr_store(__ptr_offset(p, i * stride), val[i])


def _ptr_strided_store[D: DType, width: Int](p: Pointer[Scalar[D]], val: SIMD[D, width], stride: Int):
    _ptr_unsafe_strided_store(p, val, stride)


def _ptr_gather[D: DType, O: DType, width: Int](p: Pointer[Scalar[D]], offset: SIMD[O, width]) -> SIMD[D, width]:
    """Lane i from p[offset[i]]."""
    var v = SIMD[D, width](0)
    for i in range(width):
        v[i] = __ptr_load[D, 1](__ptr_offset(p, Int(offset[i])))
    return v


def _ptr_gather[D: DType, O: DType, width: Int](p: Pointer[Scalar[D]], offset: SIMD[O, width],
                                                mask: SIMD[DType.bool, width], default: SIMD[D, width]) -> SIMD[D, width]:
    """Lane i from p[offset[i]] where mask[i], else default[i]."""
    var v = default
    for i in range(width):
        if mask[i]:
            v[i] = __ptr_load[D, 1](__ptr_offset(p, Int(offset[i])))
    return v


def _ptr_scatter[D: DType, O: DType, width: Int](p: Pointer[Scalar[D]], offset: SIMD[O, width], val: SIMD[D, width]):
    """p[offset[i]] = val[i], lane by lane in order (a repeated offset keeps the last lane)."""
    for i in range(width):
        __ptr_store(__ptr_offset(p, Int(offset[i])), val[i])


def _ptr_scatter[D: DType, O: DType, width: Int](p: Pointer[Scalar[D]], offset: SIMD[O, width], val: SIMD[D, width],
                                                 mask: SIMD[DType.bool, width]):
    for i in range(width):
        if mask[i]:
            __ptr_store(__ptr_offset(p, Int(offset[i])), val[i])


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


def bitcast[D: DType, out_width: Int, S: DType, in_width: Int](val: SIMD[S, in_width]) -> SIMD[D, out_width]:
    """Reinterprets the bits as a vector of another width (`bitcast[DType.uint8, 8](UInt64(x))`);
    both sides hold the same number of bits."""
    var tmp = __ptr_alloc[Scalar[S]](in_width)
    __ptr_store(tmp, val)
    var r = __ptr_load[D, out_width](__ptr_cast[Scalar[D]](tmp))
    __ptr_free(tmp)
    return r


def _write_address(mut b: _Buffer, address: Int):
    """How print writes a pointer: its address in hex (codegen/ops.py)."""
    _write_str(b, hex(address))


# ---------------------------------------------------------------- Span: a view of contiguous values
def __list_data[T: AnyType](xs: List[T]) -> Pointer[T]: ...
def __list_capacity[T: AnyType](xs: List[T]) -> Int: ...
def __list_reserve[T: AnyType](xs: List[T], n: Int): ...


struct Span[T: Copyable](ImplicitlyCopyable, Sized, Writable):
    """A view of `len` values that live elsewhere (a List's buffer, an allocation). It does not own
    them: `Span(xs)` keeps `xs` alive to the end of the function (no origins yet, see
    check/pointers.py); writing `s[i] = v` writes into the List."""

    var _data: Pointer[Self.T]
    var _len: Int

    @implicit
    def __init__(out self, list: List[Self.T]):
        self._data = __list_data(list)
        self._len = len(list)

    def __init__(out self, *, unsafe_ptr: Pointer[Self.T], length: Int):
        self._data = unsafe_ptr
        self._len = length

    def __init__(out self):
        self._data = __ptr_from_address[Self.T](0)
        self._len = 0

    def __len__(self) -> Int:
        return self._len

    def __bool__(self) -> Bool:
        return self._len > 0

    def __getitem__(self, i: Int) -> Self.T:
        return self._data[unsafe_offset=i if i >= 0 else i + self._len].copy()

    def __setitem__(self, i: Int, var value: Self.T):
        self._data[unsafe_offset=i if i >= 0 else i + self._len] = value^

    def __iter__(self) -> List[Self.T]:
        var out = List[Self.T](capacity=self._len)
        for i in range(self._len):
            out.append(self._data[unsafe_offset=i].copy())
        return out^

    def unsafe_ptr(self) -> Pointer[Self.T]:
        return self._data

    def unsafe_get(self, i: Int) -> Self.T:
        return self._data[unsafe_offset=i].copy()

    def unsafe_subspan(self, *, offset: Int, length: Int) -> Self:
        return Self(unsafe_ptr=__ptr_offset(self._data, offset), length=length)

    def __contains__(self, value: Self.T) -> Bool:
        for i in range(self._len):
            if self._data[unsafe_offset=i] == value:
                return True
        return False

    def __eq__(self, rhs: Self) -> Bool:
        if self._len != rhs._len:
            return False
        for i in range(self._len):
            if self._data[unsafe_offset=i] != rhs._data[unsafe_offset=i]:
                return False
        return True

    def __ne__(self, rhs: Self) -> Bool:
        return not self == rhs

    def copy_from(self, other: Self):
        """Copies other's values over this span's (the lengths must agree)."""
        for i in range(self._len):
            self._data[unsafe_offset=i] = other._data[unsafe_offset=i].copy()

    def unsafe_swap_elements(self, a: Int, b: Int):
        var tmp = __ptr_take(__ptr_offset(self._data, a))
        __ptr_init(__ptr_offset(self._data, a), __ptr_take(__ptr_offset(self._data, b)))
        __ptr_init(__ptr_offset(self._data, b), tmp^)

    def swap_elements(self, a: Int, b: Int) raises:
        if a < 0 or a >= self._len or b < 0 or b >= self._len:
            raise Error("index out of bounds (length: " + String(self._len) + ", a: " + String(a) + ", b: "
                        + String(b) + ")")
        self.unsafe_swap_elements(a, b)

    def fill(self, value: Self.T):
        for i in range(self._len):
            self._data[unsafe_offset=i] = value.copy()

    def write_to(self, mut writer: Some[Writer]):
        writer.write("[")
        for i in range(self._len):
            if i > 0:
                writer.write(", ")
            writer.write(self._data[unsafe_offset=i])
        writer.write("]")


def _list_unsafe_ptr[T: AnyType](xs: List[T]) -> Pointer[T]:
    """`xs.unsafe_ptr()`: the List's buffer (valid until the List grows or dies)."""
    return __list_data(xs)


def _span_of[T: Copyable](p: Pointer[List[T]]) -> Span[T]:
    """`Span(xs)`: the checker passes `Pointer(to=xs)`, which keeps xs alive while the span may be used."""
    return Span[T](unsafe_ptr=__list_data(p[]), length=len(p[]))


def _span_slice[T: Copyable](s: Span[T], start: Int, stop: Int, step: Int, location: String) -> Span[T]:
    """s[start:stop]: a view of part of the same values (a bound of -2**63 was left out). Bounds
    outside 0...len stop the program with Mojo 1.2's messages (no negative indexing)."""
    var n = len(s)
    var a = 0 if start == -9223372036854775808 else start
    var z = n if stop == -9223372036854775808 else stop
    if step != -9223372036854775808 and step != 1:
        _abort_msg("At: " + location + ": Assert Error: a Span slice must have a step of 1")
    if a < 0 or a > n:
        _abort_msg("At: " + location + ": Assert Error: slice start index " + String(a)
                   + " is out of bounds, valid range is 0 to " + String(n))
    if z < 0 or z > n:
        _abort_msg("At: " + location + ": Assert Error: slice end index " + String(z)
                   + " is out of bounds, valid range is 0 to " + String(n))
    if a > z:
        _abort_msg("At: " + location + ": Assert Error: slice start index " + String(a)
                   + " is greater than slice end index " + String(z))
    return Span[T](unsafe_ptr=__ptr_offset(s.unsafe_ptr(), a), length=z - a)


# ---------------------------------------------------------------- OwnedPointer and ArcPointer
# `p[]` of either is a place (check/pointers.py rewrites it to the inner pointer's target), so
# `p[].field = v` writes into the heap value.
struct OwnedPointer[T: Movable](Movable, Writable):
    """The only owner of one heap value: freed (its destructor run) when the OwnedPointer dies."""

    var _ptr: Pointer[Self.T]

    def __init__(out self, var value: Self.T):
        self._ptr = __ptr_alloc[Self.T](1)
        __ptr_move_in(self._ptr, value^)

    def __deinit__(deinit self):
        __ptr_destroy(self._ptr)
        __ptr_free(self._ptr)

    def into_inner(deinit self) -> Self.T:
        """The value, moved out; the heap memory is freed."""
        var value = __ptr_take(self._ptr)
        __ptr_free(self._ptr)
        return value^

    def unsafe_ptr(self) -> Pointer[Self.T]:
        return self._ptr

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self._ptr[])


@fieldwise_init
struct _ArcInner[T: Movable](Movable):
    var refcount: Int
    var value: Self.T


struct ArcPointer[T: Movable](ImplicitlyCopyable, Writable):
    """A shared heap value with a reference count: copies share it, the last one to die destroys it.
    (The count is not atomic: Mojito's parallelize workers must not copy ArcPointers.)"""

    var _inner: Pointer[_ArcInner[Self.T]]

    def __init__(out self, var value: Self.T):
        self._inner = __ptr_alloc[_ArcInner[Self.T]](1)
        __ptr_init(self._inner, _ArcInner[Self.T](1, value^))

    def __init__(out self, *, copy: Self):
        self._inner = copy._inner
        self._inner[].refcount += 1

    def __deinit__(deinit self):
        self._inner[].refcount -= 1
        if self._inner[].refcount == 0:
            __ptr_destroy(self._inner)
            __ptr_free(self._inner)

    def count(self) -> UInt64:
        """How many ArcPointers share the value."""
        return UInt64(self._inner[].refcount)

    def __is__(self, rhs: Self) -> Bool:
        return __ptr_addr(self._inner) == __ptr_addr(rhs._inner)

    def __isnot__(self, rhs: Self) -> Bool:
        return __ptr_addr(self._inner) != __ptr_addr(rhs._inner)

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self._inner[].value)


# ---------------------------------------------------------------- lifecycle questions and forgetting
def __type_trivially[T: AnyType](witness: Pointer[T], what: StringLiteral) -> Bool: ...
def __forget[T: AnyType](var value: T): ...


def is_trivially_copyable[T: AnyType]() -> Bool:
    """A copy of a T is a copy of its bits (no copy constructor, no reference count)."""
    return __type_trivially(__ptr_from_address[T](0), "copy")


def is_trivially_movable[T: AnyType]() -> Bool:
    """Moving a T moves its bits (no move constructor anywhere inside)."""
    return __type_trivially(__ptr_from_address[T](0), "move")


def is_trivially_deletable[T: AnyType]() -> Bool:
    """Destroying a T does nothing (no destructor, nothing owned)."""
    return __type_trivially(__ptr_from_address[T](0), "del")


def forget_deinit[T: AnyType](var value: T):
    """Ends value's lifetime without running its destructor (what it owns is leaked)."""
    __forget(value^)
