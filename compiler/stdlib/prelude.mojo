# std.prelude: builtin functions that Mojo makes available without an import.


def hex(value: Int, *, prefix: String = "0x") -> String:
    return _int_to_base(value, 16, prefix)


def bin(value: Int, *, prefix: String = "0b") -> String:
    return _int_to_base(value, 2, prefix)


def oct(value: Int, *, prefix: String = "0o") -> String:
    return _int_to_base(value, 8, prefix)


def divmod(numerator: Int, denominator: Int) -> Tuple[Int, Int]:
    return (numerator // denominator, numerator % denominator)
