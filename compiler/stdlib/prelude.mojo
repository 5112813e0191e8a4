# std.prelude: builtin functions that Mojo makes available without an import.


def swap[T: Movable](mut lhs: T, mut rhs: T):
    """Exchanges the two values with three moves (lhs to a temporary, rhs to lhs, the temporary
    to rhs), each running the move constructor, as Mojo's swap does."""
    var pl = Pointer(to=lhs)
    var pr = Pointer(to=rhs)
    var tmp = __ptr_take(pl)
    __ptr_init(pl, __ptr_take(pr))  # the take already ran rhs's move constructor
    __ptr_move_in(pr, tmp^)


def hex(value: Int, *, prefix: String = "0x") -> String:
    return _int_to_base(value, 16, prefix)


def bin(value: Int, *, prefix: String = "0b") -> String:
    return _int_to_base(value, 2, prefix)


def oct(value: Int, *, prefix: String = "0o") -> String:
    return _int_to_base(value, 8, prefix)


def hex[dtype: DType, //](value: Scalar[dtype], *, prefix: String = "0x") -> String:
    return _scalar_to_base(value, 16, prefix)


def bin[dtype: DType, //](value: Scalar[dtype], *, prefix: String = "0b") -> String:
    return _scalar_to_base(value, 2, prefix)


def oct[dtype: DType, //](value: Scalar[dtype], *, prefix: String = "0o") -> String:
    return _scalar_to_base(value, 8, prefix)


def _scalar_to_base[dtype: DType, //](value: Scalar[dtype], base: Int, prefix: String) -> String:
    """hex/bin/oct of a sized integer: an unsigned one may exceed Int (UInt64's top half), so it is
    written from its UInt64 value; signed ones go through Int (a '-' before the prefix)."""
    comptime if dtype.is_unsigned():
        var v = UInt64(value)
        if v <= UInt64(Int.MAX):
            return _int_to_base(Int(v), base, prefix)
        var digits = String()
        while v != 0:
            digits = String(_base_digit(Int(v % UInt64(base)))) + digits
            v //= UInt64(base)
        return prefix + digits
    else:
        return _int_to_base(Int(value), base, prefix)


def _base_digit(d: Int) -> String:
    return String("0123456789abcdef"[byte=d])


def divmod(numerator: Int, denominator: Int) -> Tuple[Int, Int]:
    return (numerator // denominator, numerator % denominator)


def atol(s: String, base: Int) raises -> Int:
    """Parses an integer in `base` (2 to 36; 0 reads a 0x/0o/0b prefix); raises on anything else."""
    return _atol(s, base)



def _mlir_index_cast(value: Bool) -> Int:
    """Inline MLIR's `index.casts` of an `i1` (frontend/mlir.py): sign-extended, so True is -1."""
    return -Int(value)


def _mlir_index_cast(value: Int) -> Int:
    return value


def _mlir_index_cast(value: Int32) -> Int:
    return Int(value)


def _mlir_index_cast(value: Int64) -> Int:
    return Int(value)


def map[T: Copyable, R: Copyable, //, function: def(T) -> R](iterable: List[T]) -> List[R]:
    """`map[f](xs)`: f of each element, as a List (Mojo returns a lazy iterator; a `for` loop sees
    the same values in the same order). R comes from f's result type."""
    var out = List[R](capacity=len(iterable))
    for i in range(len(iterable)):
        out.append(function(iterable[i].copy()))
    return out^
