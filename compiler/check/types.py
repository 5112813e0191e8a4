"""The checker's types. Values of these classes are immutable and compare structurally.

`str(t)` is the name a user knows ("Int", "List[String]"), used in every diagnostic.
Literal types (IntLiteral, FloatLiteral, StringLiteral) exist only at compile time: an
expression of literal type carries its exact value and materializes to Int, Float64 or String
where a run-time value is needed, which is how `0.1 + 0.2` folds to exactly `0.3`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class Type:
    def __str__(self) -> str:  # pragma: no cover - every subclass overrides
        raise NotImplementedError


@dataclass(frozen=True)
class IntType(Type):
    name: str
    bits: int
    signed: bool

    def __str__(self) -> str:
        return self.name

    @property
    def min(self) -> int:
        return -(1 << (self.bits - 1)) if self.signed else 0

    @property
    def max(self) -> int:
        return (1 << (self.bits - 1)) - 1 if self.signed else (1 << self.bits) - 1

    def wrap(self, v: int) -> int:
        v &= (1 << self.bits) - 1
        if self.signed and v >= 1 << (self.bits - 1):
            v -= 1 << self.bits
        return v


@dataclass(frozen=True)
class FloatType(Type):
    name: str
    bits: int

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class SimpleType(Type):
    """Bool, String, NoneType, Error, and the literal and internal types."""

    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class ListType(Type):
    elem: Type

    def __str__(self) -> str:
        return f"List[{self.elem}]"


@dataclass(frozen=True)
class OptionalType(Type):
    elem: Type

    def __str__(self) -> str:
        return f"Optional[{self.elem}]"


@dataclass(frozen=True)
class TupleType(Type):
    elems: tuple[Type, ...]

    def __str__(self) -> str:
        return "Tuple[" + ", ".join(map(str, self.elems)) + "]"


@dataclass(frozen=True)
class PointerType(Type):
    """`Pointer[T]`, made by `Pointer(to=x)`: `p[]` is x."""

    elem: Type

    def __str__(self) -> str:
        return f"Pointer[{self.elem}]"


@dataclass(frozen=True)
class SimdType(Type):
    """`SIMD[DType.int32, 8]`: `width` lanes of a scalar type (width 1 is the scalar itself)."""

    elem: Type
    width: int

    def __str__(self) -> str:
        return f"SIMD[DType.{dtype_name(self.elem)}, {self.width}]"


def dtype_name(t: Type) -> str:
    """The DType spelling of a scalar type: Int32 -> int32, Bool -> bool, Int -> index."""
    if t == INT:
        return "index"
    return str(t).lower()


@dataclass(frozen=True)
class FuncType(Type):
    """A function value: `def(Int) thin -> Int`."""

    params: tuple[Type, ...]
    ret: Type
    raises: bool = False

    def __str__(self) -> str:
        r = " raises" if self.raises else ""
        return f"def({', '.join(map(str, self.params))}){r} -> {self.ret}"


@dataclass(frozen=True)
class IterType(Type):
    """What a `for` loop walks: range, enumerate(list), codepoints(), as_bytes()."""

    kind: str  # "range" | "enumerate" | "codepoints" | "bytes"
    elem: Type

    def __str__(self) -> str:
        return {"range": "range", "enumerate": "enumerate", "codepoints": "CodepointsIter",
                "bytes": "Span[Byte]"}[self.kind]


@dataclass(frozen=True, eq=False)
class StructType(Type):
    """A user (or stdlib) struct; `info` is its check.scope.StructInfo. Compared by identity of the
    declaration, so redefining a struct in a notebook makes a new, distinct type."""

    info: Any

    def __str__(self) -> str:
        return self.info.name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StructType) and other.info is self.info

    def __hash__(self) -> int:
        return id(self.info)

    def __deepcopy__(self, memo: dict) -> StructType:
        # A type is its declaration: a deep copy of an expression (a probe) keeps the very same type,
        # never a copy of the struct's whole symbol graph (that is also another, unequal type).
        return self


@dataclass(frozen=True)
class MetaType(Type):
    """The type of an expression that names a type (`Int`, `List[Int]`, `Point`)."""

    of: Type

    def __str__(self) -> str:
        return f"type {self.of}"


INT = IntType("Int", 64, True)
UINT = IntType("UInt", 64, False)
INT_TYPES = {
    "Int": INT, "UInt": UINT,
    "Int8": IntType("Int8", 8, True), "Int16": IntType("Int16", 16, True),
    "Int32": IntType("Int32", 32, True), "Int64": IntType("Int64", 64, True),
    "UInt8": IntType("UInt8", 8, False), "UInt16": IntType("UInt16", 16, False),
    "UInt32": IntType("UInt32", 32, False), "UInt64": IntType("UInt64", 64, False),
}
INT_TYPES["Byte"] = INT_TYPES["UInt8"]
FLOAT_TYPES = {"Float16": FloatType("Float16", 16), "Float32": FloatType("Float32", 32),
               "Float64": FloatType("Float64", 64)}
F64 = FLOAT_TYPES["Float64"]
BOOL = SimpleType("Bool")
STRING = SimpleType("String")
NONE = SimpleType("NoneType")
ERROR = SimpleType("Error")
WRITER = SimpleType("Writer")  # the `mut writer: Some[Writer]` of write_to
CODEPOINT = SimpleType("Codepoint")
INT_LIT = SimpleType("IntLiteral")
FLOAT_LIT = SimpleType("FloatLiteral")
STR_LIT = SimpleType("StringLiteral")
DTYPE = SimpleType("DType")  # values: the scalar types themselves (DType.int32 is Int32)
PTR = SimpleType("__Ptr")  # raw pointer, only for the standard library's own source
UNKNOWN = SimpleType("<unknown>")  # the type of an expression that already has an error

LITERALS = (INT_LIT, FLOAT_LIT, STR_LIT)


def is_int(t: Type) -> bool:
    return isinstance(t, IntType)


def is_float(t: Type) -> bool:
    return isinstance(t, FloatType)


def is_numeric(t: Type) -> bool:
    return isinstance(t, (IntType, FloatType))


def materialize(t: Type) -> Type:
    """The run-time type a literal becomes when it is stored or passed."""
    if t.__class__ is not SimpleType and t.__class__ is not TupleType:
        return t  # the common case, without hashing
    if isinstance(t, TupleType):
        return TupleType(tuple(materialize(e) for e in t.elems))
    return {INT_LIT: INT, FLOAT_LIT: F64, STR_LIT: STRING}.get(t, t)


def display(t: Type, value: Any = None) -> str:
    """A type as Mojo's diagnostics show it, e.g. StringLiteral["three"]."""
    if t == STR_LIT and isinstance(value, str):
        return f'StringLiteral["{value}"]'
    if t == INT_LIT and isinstance(value, int):
        return f"IntLiteral[{value}]"
    if t == FLOAT_LIT:
        return "FloatLiteral"
    return str(t)


def copyable(t: Type) -> bool:
    """Can a value of this type be copied implicitly (by `var b = a`)?"""
    if isinstance(t, (IntType, FloatType, PointerType, FuncType, SimdType)) or t == DTYPE or t in (BOOL, STRING, ERROR, NONE, CODEPOINT) \
            or t in LITERALS:
        return True
    if isinstance(t, OptionalType):
        return copyable(t.elem)
    if isinstance(t, TupleType):
        return all(copyable(e) for e in t.elems)
    if isinstance(t, StructType):
        return t.info.implicitly_copyable
    return False
