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
