# std.memory.alloc: heap allocation (also re-exported by std.memory, and `alloc` is in the prelude).
#
# The generic pointer intrinsics live here, the first memory file loaded; stdlib/memory.mojo
# explains the pointer model.

def __ptr_alloc[T: AnyType](count: Int) -> Pointer[T]: ...
def __ptr_free[T: AnyType](p: Pointer[T]): ...
def __ptr_offset[T: AnyType](p: Pointer[T], n: Int) -> Pointer[T]: ...
def __ptr_addr[T: AnyType](p: Pointer[T]) -> Int: ...
def __ptr_raw[T: AnyType](p: Pointer[T]) -> __Ptr: ...
def __ptr_cast[U: AnyType, T: AnyType](p: Pointer[T]) -> Pointer[U]: ...
def __ptr_init[T: AnyType](p: Pointer[T], var value: T): ...
def __ptr_move_in[T: AnyType](p: Pointer[T], var value: T): ...
def __ptr_take[T: AnyType](p: Pointer[T]) -> T: ...
def __ptr_destroy[T: AnyType](p: Pointer[T]): ...
def __ptr_load[D: DType, width: Int](p: Pointer[Scalar[D]]) -> SIMD[D, width]: ...
def __ptr_store[D: DType, width: Int](p: Pointer[Scalar[D]], v: SIMD[D, width]): ...
def __ptr_size_of[T: AnyType](p: Pointer[T]) -> Int: ...
def __ptr_memset(p: __Ptr, value: UInt8, n: Int): ...
def __ptr_memmove(dst: __Ptr, src: __Ptr, n: Int): ...


# ---------------------------------------------------------------- allocation
def alloc[T: AnyType](count: Int) -> Pointer[T]:
    """Uninitialized heap storage for `count` values of T (1.2 deprecates it for the Layout form)."""
    return __ptr_alloc[T](count)


def unsafe_alloc[T: AnyType](count: Int) -> Pointer[T]:
    return __ptr_alloc[T](count)


struct Layout[T: AnyType](ImplicitlyCopyable, Writable):
    """How many values of T an allocation holds."""

    var _count: Int

    def __init__(out self, *, count: Int):
        self._count = count

    def count(self) -> Int:
        return self._count

    @staticmethod
    def single() -> Self:
        return Self(count=1)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Layout(count=", self._count, ")")


struct Allocation[T: AnyType](Movable, Sized):
    """Heap storage that `alloc(Layout[T](count=n))` returns; `dealloc(a^)` frees it."""

    var _ptr: Pointer[Self.T]
    var _count: Int

    def __init__(out self, *, unsafe_owned_ptr: Pointer[Self.T], layout: Layout[Self.T]):
        self._ptr = unsafe_owned_ptr
        self._count = layout.count()

    def unsafe_ptr(self) -> Pointer[Self.T]:
        return self._ptr

    def __len__(self) -> Int:
        return self._count

    def layout(self) -> Layout[Self.T]:
        return Layout[Self.T](count=self._count)

    def unsafe_leak(deinit self) -> Pointer[Self.T]:
        return self._ptr


def alloc[T: AnyType](layout: Layout[T]) -> Allocation[T]:
    return Allocation[T](unsafe_owned_ptr=__ptr_alloc[T](layout.count()), layout=layout)


def dealloc[T: AnyType](var allocation: Allocation[T]):
    __ptr_free(allocation.unsafe_leak())
