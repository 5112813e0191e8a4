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


def _digit_value(c: UInt8) -> Int:
    if c >= 48 and c <= 57:
        return Int(c) - 48
    if c >= 97 and c <= 122:
        return Int(c) - 87
    if c >= 65 and c <= 90:
        return Int(c) - 55
    return 99


def atol(s: String, base: Int) raises -> Int:
    """Parses an integer in `base` (2 to 36; 0 reads a 0x/0o/0b prefix); raises on anything else."""
    if base == 10:
        return _parse_int(s)
    var n = s.byte_length()
    var i = 0
    while i < n and _is_space(_byte(s, i)):
        i += 1
    var z = n
    while z > i and _is_space(_byte(s, z - 1)):
        z -= 1
    var neg = False
    if i < z and (_byte(s, i) == 45 or _byte(s, i) == 43):
        neg = _byte(s, i) == 45
        i += 1
    var b = base
    if i + 1 < z and _byte(s, i) == 48:
        var p = _byte(s, i + 1)
        if (p == 120 or p == 88) and (b == 16 or b == 0):
            b = 16
            i += 2
        elif (p == 111 or p == 79) and (b == 8 or b == 0):
            b = 8
            i += 2
        elif (p == 98 or p == 66) and (b == 2 or b == 0):
            b = 2
            i += 2
    if b == 0:
        b = 10
    if i >= z:
        raise Error("String is not convertible to integer with base " + String(base) + ": '" + s + "'")
    var v = 0
    while i < z:
        var c = _byte(s, i)
        if c == 95:
            i += 1
            continue
        var d = _digit_value(c)
        if d >= b:
            raise Error("String is not convertible to integer with base " + String(base) + ": '" + s + "'")
        v = v * b + d
        i += 1
    if neg:
        return -v
    return v


def _mlir_index_cast(value: Bool) -> Int:
    """Inline MLIR's `index.casts` of an `i1` (frontend/mlir.py): sign-extended, so True is -1."""
    return -Int(value)


def _mlir_index_cast(value: Int) -> Int:
    return value


def _mlir_index_cast(value: Int32) -> Int:
    return Int(value)


def _mlir_index_cast(value: Int64) -> Int:
    return Int(value)
