"""Bounds on what one compilation may ask of the compiler.

Hostile or mistaken input (`2 ** 2 ** 40`, a thousand nested parentheses, a generic that
instantiates itself forever, `comptime for i in range(10**9)`) must end in a compile error that
says which limit was hit and how the program got there, never in a Python RecursionError, an
exhausted memory limit or a hang. Each limit is far above what a real program needs.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

# Nesting of brackets, unary operators, conditional expressions and indented blocks, counted by
# the parser, and the depth of any expression or statement tree (a chain `a + b + ... + z`
# nests as deep as it is long). clang's bracket depth limit is 256; Python's parser stops at 200.
MAX_NESTING = 200
MAX_TREE_DEPTH = 1000

# Compile-time constants: integers and the numerators/denominators of exact float literals in
# bits (keeps every folded value printable: Python refuses to print integers over 4300 digits),
# folded string literals in bytes.
MAX_CONST_BITS = 12_000
MAX_INT_LITERAL_DIGITS = 3_600
MAX_FLOAT_EXPONENT = 3_500
MAX_CONST_STRING = 1 << 20

# Generics and comptime evaluation, per compilation (a program, or one notebook cell).
MAX_INSTANTIATION_DEPTH = 1_000  # a chain of instantiations, each requested by the one before
MAX_INSTANTIATIONS = 4_000  # distinct instances of generic functions and structs
MAX_TYPE_NODES = 2_000  # types nested in one type (`Tuple[Tuple[...], ...]`), counted as written out
MAX_COMPTIME_FOR = 4_096  # iterations of one `comptime for`
MAX_COMPTIME_STEPS = 20_000  # unrolled `comptime for` bodies in all

# Python frames the compiler may use: deep enough for MAX_NESTING and MAX_TREE_DEPTH in every
# stage (parser ~15 frames per bracket level; checker and codegen a few per tree level).
RECURSION_LIMIT = 20_000


@contextmanager
def deep_recursion() -> Iterator[None]:
    """Run the block with a recursion limit that fits the limits above (restored afterwards)."""
    old = sys.getrecursionlimit()
    if old < RECURSION_LIMIT:
        sys.setrecursionlimit(RECURSION_LIMIT)
    try:
        yield
    finally:
        if old < RECURSION_LIMIT:
            sys.setrecursionlimit(old)


def with_deep_recursion(fn: F) -> F:
    """Decorator form of deep_recursion()."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with deep_recursion():
            return fn(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def int_too_big(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v.bit_length() > MAX_CONST_BITS


def const_too_big(v: object) -> bool:
    """Whether a folded compile-time value exceeds the bounds above."""
    if isinstance(v, bool):
        return False
    if isinstance(v, int):
        return v.bit_length() > MAX_CONST_BITS
    if isinstance(v, str):
        return len(v) > MAX_CONST_STRING
    num = getattr(v, "numerator", None)
    den = getattr(v, "denominator", None)
    if isinstance(num, int) and isinstance(den, int):
        return num.bit_length() > MAX_CONST_BITS or den.bit_length() > MAX_CONST_BITS
    return False
