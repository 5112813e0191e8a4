"""What names resolve to. The checker stores these on AST nodes; codegen reads them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..diagnostics import Span
from ..frontend import ast as A
from .types import StructType, Type


@dataclass(eq=False)
class LocalVar:
    name: str
    ty: Type
    span: Span
    mutable: bool = True
    by_ref: bool = False  # a `mut`/`out` parameter: the slot holds a pointer to the caller's value
    ref_binding: bool = False  # `ref x = place`, `for ref x in xs`: x is the place itself (through a pointer)
    # A notebook session variable (a top-level `var` of a cell): lives in an LLVM global of this name.
    global_name: str | None = None
    static_func: Any = None  # a parameter `f: F` bound to a function: calls of it call that (check/closures.py)


@dataclass(eq=False)
class MovedSessionVar:
    """A notebook session variable that a cell moved away (`take(r^)` at a cell's top level): its
    name stays known so that a later use says what happened instead of "unknown declaration"."""

    name: str
    cell: str  # where it was moved, as diagnostics name cells ("cell[3]")


@dataclass(eq=False)
class GlobalConst:
    """`comptime NAME = value`: folded when possible, else computed once at program start."""

    name: str
    ty: Type
    span: Span
    value: Any = None  # the folded value, or None when `init` must run at start-up
    init: A.Expr | None = None
    llname: str = ""


@dataclass(eq=False)
class ParamInfo:
    name: str
    ty: Type
    convention: str  # read | mut | var | out | ref
    default: A.Expr | None
    kw_only: bool
    span: Span
    variadic: bool = False
    capture: Any = None  # a closure's hidden parameter: the enclosing function's LocalVar it captures
    static_func: Any = None  # `f: F` with F bound to a function: the argument is that function (closures.py)


@dataclass(eq=False)
class FuncInfo:
    name: str
    decl: A.FuncDef | None
    params: list[ParamInfo]
    ret: Type
    raises: bool
    llname: str
    owner: StructInfo | None = None
    is_static: bool = False
    intrinsic: str | None = None  # stdlib functions implemented by codegen (`__malloc`, ...)
    external: bool = False  # defined in another compilation unit (the compiled standard library)
    checked: bool = False
    # In a notebook session, calls go through this global function pointer so that redefining the
    # function in a later cell also changes what earlier functions call.
    slot: str | None = None
    capture_last: bool = False  # a cell's body: its trailing bare expression is the cell's value
    # Generics: a template has `template` set (its parameters) and is instantiated per binding;
    # an instance has `scope`, the scope binding its parameters, used to check its body.
    template: Template | None = None
    scope: Any = None
    # Methods of a generic struct's instance are checked and compiled only once used (like C++
    # templates), so `Dict[K, V].write_to` does not demand a printable V unless it is printed.
    lazy: bool = False
    required: bool = False
    error_type: Type | None = None  # `raises MyError`: the type of what it raises (None: Error)
    returns_ref: bool = False  # `-> ref[o] T`: returns a Pointer to T, each call is that pointer's target
    never: bool = False  # `-> Never`: a call never returns (it raises or aborts); code after it is dead


    @property
    def self_convention(self) -> str | None:
        if self.owner is None or self.is_static or not self.params:
            return None
        return self.params[0].convention

    def signature(self) -> str:
        parts = []
        for p in self.params:
            conv = "" if p.convention == "read" else p.convention + " "
            parts.append(f"{conv}{p.name}: {p.ty}")
        ret = "" if str(self.ret) == "NoneType" else f" -> {self.ret}"
        raises = " raises" if self.raises else ""
        return f"def {self.name}({', '.join(parts)}){raises}{ret}"


@dataclass(eq=False)
class TemplateParam:
    name: str
    is_type: bool  # a type parameter (`T: Copyable`) or a value parameter (`n: Int`)
    ty: Any = None  # the value parameter's type
    default: A.Expr | None = None
    variadic: bool = False  # `*Ts`: bound to the Tuple of the variadic arguments' types
    positional: bool = True  # False for infer-only (before `//`) and keyword-only (after `*`) parameters


@dataclass(eq=False)
class Template:
    """A generic function or struct: instantiated once per distinct set of parameter values."""

    params: list[TemplateParam]
    decl: Any
    scope: Any = None  # the scope the template was declared in
    instances: dict = field(default_factory=dict)

@dataclass(eq=False)
class OverloadSet:
    name: str
    funcs: list[FuncInfo] = field(default_factory=list)


@dataclass(eq=False)
class StructInfo:
    name: str
    decl: A.StructDef
    fields: dict[str, tuple[int, Type]] = field(default_factory=dict)
    methods: dict[str, OverloadSet] = field(default_factory=dict)
    traits: set[str] = field(default_factory=set)
    comptimes: dict[str, GlobalConst] = field(default_factory=dict)
    fieldwise_init: bool = False
    generic_instance: bool = False
    implicitly_copyable: bool = False
    copyable: bool = False
    llname: str = ""
    ty: StructType = field(init=False)

    def __post_init__(self) -> None:
        self.ty = StructType(self)


@dataclass(eq=False)
class TypeSym:
    """A name that denotes a type, or a generic type constructor (`List`, `Optional`, `Tuple`, or a
    user's parametric struct, whose `template` is set)."""

    name: str
    ty: Type | None  # None for a generic constructor that needs parameters
    template: Template | None = None
    is_trait: bool = False


@dataclass(eq=False)
class Builtin:
    """A function implemented by codegen: print, len, range, abs, min, max, ..."""

    name: str


@dataclass(eq=False)
class ModuleSym:
    name: str
    members: dict[str, Any]
