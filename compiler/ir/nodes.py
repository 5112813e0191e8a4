"""The mid-level IR: per function, a control-flow graph of basic blocks over typed locals.

It sits between the checker (whose output is the checked AST) and codegen (which reads only this).
Like Rust's MIR, every place where a value is copied, moved or destroyed is an explicit part of
the IR, so ownership is printable (`mojito build --emit=ir`) and checkable (`verifier.py`).

Locals
    Every user variable, parameter and intermediate result is a `Local` with a type. A local is
    *owned* when the function is responsible for destroying the value in it (user `var`s,
    `var`/`deinit` parameters, results of calls and constructors); `read` parameters and views
    (`for x in list`) are borrowed. Locals of *trivial* types (Int, Float64, Bool, SIMD, pointers)
    need no destruction and the ownership pass ignores them.

Places and operands
    A `Place` is a local (or a global) plus projections: a struct/tuple field, a List element
    (bounds-checked), a pointer dereference, an Optional's payload, a SIMD lane. Instructions
    read places through operands that say what happens to ownership:
        use p      the bits, borrowed: the callee or operation does not take ownership
        copy p     a new owned value (String: a reference count; structs: the copy constructor)
        move p     ownership moves out; p is uninitialized afterwards
        addr p     the address of p (`mut`/`ref` arguments, `Pointer(to=x)`)
        const      a compile-time constant

Instructions
    Assign(dest, op, args)    dest = op(args): named operations (one `op_NAME` method each in codegen/function.py)
    Call(dest, func, args)    a direct call of a function that does not raise
    Store(place, operand)     writes into a place; `init=False` destroys the old value first
    Destroy(place)            runs the value's destructor (inserted by passes/ownership.py)

Terminators
    Goto(block), Branch(cond, then, else), Return(value), Raise(error),
    Invoke(dest, func, args, ok, err, err_dest): a call of a raising function, whose error
    continues at `err` with the Error in `err_dest`.
    Unreachable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..check import types as T
from ..diagnostics import Span


# ---------------------------------------------------------------- locals and places
@dataclass(eq=False)
class Local:
    id: int
    name: str
    ty: T.Type
    kind: str  # "var" | "tmp" | "param" | "ref" (holds the address of the caller's value) | "out"
    owned: bool = True
    sym: Any = None  # the checker's LocalVar, when this is a user variable
    escapes: bool = False  # its address outlives a call (`Pointer(to=x)`, closures): no early destruction

    def __str__(self) -> str:
        return f"%{self.id}" if self.kind == "tmp" else f"%{self.name}.{self.id}"


@dataclass(eq=False)
class GlobalRef:
    """A module-level value: a `comptime` computed at start-up, or a notebook session variable."""

    name: str  # the LLVM global's name
    ty: T.Type
    sym: Any = None
    define: bool = False

    def __str__(self) -> str:
        return f"@{self.name}"


@dataclass(eq=False)
class Proj:
    kind: str  # "field" | "index" | "deref" | "some" | "lane"
    ty: T.Type  # the type of the projected place
    index: int = 0  # field index
    operand: Any = None  # index/lane operand
    span: Span | None = None  # index: where an out-of-bounds access is reported

    def __str__(self) -> str:
        if self.kind == "field":
            return f".{self.index}"
        if self.kind == "index":
            return f"[{self.operand}]"
        if self.kind == "lane":
            return f"<{self.operand}>"
        if self.kind == "deref" and self.operand is not None:
            return f"[+{self.operand}]"
        return {"deref": "[]", "some": ".some"}[self.kind]


@dataclass(eq=False)
class Place:
    base: Local | GlobalRef
    projs: tuple[Proj, ...] = ()

    @property
    def ty(self) -> T.Type:
        return self.projs[-1].ty if self.projs else self.base.ty

    @property
    def local(self) -> Local | None:
        return self.base if isinstance(self.base, Local) else None

    def project(self, p: Proj) -> Place:
        return Place(self.base, self.projs + (p,))

    def __str__(self) -> str:
        return str(self.base) + "".join(map(str, self.projs))


# ---------------------------------------------------------------- operands
@dataclass(eq=False)
class Operand:
    pass


@dataclass(eq=False)
class Use(Operand):
    place: Place

    @property
    def ty(self) -> T.Type:
        return self.place.ty

    def __str__(self) -> str:
        return f"use {self.place}"


@dataclass(eq=False)
class Copy(Operand):
    place: Place

    @property
    def ty(self) -> T.Type:
        return self.place.ty

    def __str__(self) -> str:
        return f"copy {self.place}"


@dataclass(eq=False)
class Move(Operand):
    place: Place
    # A move between named variables runs the type's move constructor (`var e = d^`, `return t^`);
    # a move out of a temporary or into a `var` argument does not (Mojo 1.2 behaves the same way).
    runs_ctor: bool = False

    @property
    def ty(self) -> T.Type:
        return self.place.ty

    def __str__(self) -> str:
        return f"move {self.place}" + (" (ctor)" if self.runs_ctor else "")


@dataclass(eq=False)
class Addr(Operand):
    place: Place

    @property
    def ty(self) -> T.Type:
        return T.PointerType(self.place.ty)

    def __str__(self) -> str:
        return f"addr {self.place}"


@dataclass(eq=False)
class Const(Operand):
    value: Any
    ty: T.Type

    def __str__(self) -> str:
        if isinstance(self.value, str):
            return f"const {self.value!r}: {self.ty}"
        return f"const {getattr(self.value, 'name', self.value)}: {self.ty}"


def places_of(op: Operand) -> list[Place]:
    """The places an operand reads, including those inside index projections."""
    if isinstance(op, (Use, Copy, Move, Addr)):
        out = [op.place]
        for p in op.place.projs:
            if p.operand is not None:
                out += places_of(p.operand)
        return out
    return []


# ---------------------------------------------------------------- instructions
@dataclass(eq=False)
class Instr:
    span: Span | None = field(default=None, kw_only=True)

    def operands(self) -> list[Operand]:
        return []

    def dest_local(self) -> Local | None:
        return None


@dataclass(eq=False)
class Assign(Instr):
    """dest = op(args). `attrs` holds what an operation needs beyond its operands (an operator,
    a target type, a function)."""

    dest: Local
    op: str
    args: list[Operand]
    attrs: dict = field(default_factory=dict)

    def operands(self) -> list[Operand]:
        return self.args

    def dest_local(self) -> Local | None:
        return self.dest


@dataclass(eq=False)
class Call(Instr):
    dest: Local | None
    func: Any  # check.symbols.FuncInfo, or an Operand holding a function pointer
    args: list[Operand]
    fty: Any = None  # for calls through a pointer: the FuncType

    def operands(self) -> list[Operand]:
        return self.args + ([self.func] if isinstance(self.func, Operand) else [])

    def dest_local(self) -> Local | None:
        return self.dest


@dataclass(eq=False)
class Store(Instr):
    place: Place
    value: Operand
    init: bool = True  # False: the place holds a value that must be destroyed first

    def operands(self) -> list[Operand]:
        return [self.value] + [p.operand for p in self.place.projs if p.operand is not None]


@dataclass(eq=False)
class Destroy(Instr):
    place: Place
    # Fields already moved out (`self.name = existing.name^`): the others are destroyed one by one,
    # and the struct's own destructor does not run.
    skip: frozenset = frozenset()


# ---------------------------------------------------------------- terminators
@dataclass(eq=False)
class Terminator(Instr):
    def successors(self) -> list[Block]:
        return []


@dataclass(eq=False)
class Goto(Terminator):
    target: Block

    def successors(self) -> list[Block]:
        return [self.target]


@dataclass(eq=False)
class Branch(Terminator):
    cond: Operand
    then: Block
    orelse: Block

    def operands(self) -> list[Operand]:
        return [self.cond]

    def successors(self) -> list[Block]:
        return [self.then, self.orelse]


@dataclass(eq=False)
class Return(Terminator):
    value: Operand | None

    def operands(self) -> list[Operand]:
        return [self.value] if self.value is not None else []


@dataclass(eq=False)
class Raise(Terminator):
    value: Operand

    def operands(self) -> list[Operand]:
        return [self.value]


@dataclass(eq=False)
class Invoke(Terminator):
    """A call of a raising function: continues at `ok`, or at `err` with the Error in err_dest."""

    dest: Local | None
    func: Any
    args: list[Operand]
    ok: Block
    err: Block
    err_dest: Local
    fty: Any = None

    def operands(self) -> list[Operand]:
        return self.args + ([self.func] if isinstance(self.func, Operand) else [])

    def successors(self) -> list[Block]:
        return [self.ok, self.err]


@dataclass(eq=False)
class Unreachable(Terminator):
    pass


# ---------------------------------------------------------------- blocks and functions
@dataclass(eq=False)
class Block:
    id: int
    label: str
    instrs: list[Instr] = field(default_factory=list)
    term: Terminator | None = None

    def __str__(self) -> str:
        return f"bb{self.id}"


@dataclass(eq=False)
class Function:
    name: str
    info: Any  # check.symbols.FuncInfo, or None for generated entry code
    params: list[Local]  # in the order of the LLVM signature (no `out` parameter)
    locals: list[Local] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    out_local: Local | None = None  # a constructor's `out self`, returned at the end
    raises: bool = False
    ret: T.Type = T.NONE
    # A notebook cell's trailing expression: its printed form goes to this global.
    value_global: str | None = None

    @property
    def entry(self) -> Block:
        return self.blocks[0]

    def new_local(self, name: str, ty: T.Type, kind: str, owned: bool = True, sym: Any = None) -> Local:
        loc = Local(len(self.locals), name, ty, kind, owned, sym)
        self.locals.append(loc)
        return loc

    def new_block(self, label: str) -> Block:
        b = Block(len(self.blocks), label)
        self.blocks.append(b)
        return b


def trivial(ty: T.Type) -> bool:
    """A type whose values need no destructor and copy by their bits."""
    ty = T.materialize(ty)
    if isinstance(ty, (T.IntType, T.FloatType, T.SimdType, T.PointerType, T.FuncType, T.IterType, T.MetaType)):
        return True
    if ty in (T.BOOL, T.NONE, T.CODEPOINT, T.DTYPE, T.PTR, T.WRITER, T.UNKNOWN):
        return True
    if isinstance(ty, T.OptionalType):
        return trivial(ty.elem)
    if isinstance(ty, T.TupleType):
        return all(trivial(e) for e in ty.elems)
    if isinstance(ty, T.StructType):
        return _struct_trivial(ty.info)
    return False  # String, Error, List


def _struct_trivial(info: Any) -> bool:
    cached = getattr(info, "_trivial", None)
    if cached is not None:
        return cached
    info._trivial = True  # a self-containing struct is rejected by the checker; stop recursion here
    result = not lifecycle(info, "del") and not lifecycle(info, "copy") and not lifecycle(info, "move") \
        and all(trivial(t) for _, t in info.fields.values())
    info._trivial = result
    return result


def lifecycle(info: Any, what: str) -> Any:
    """A struct's user-written lifecycle method: "del" (`__deinit__`, 2023 `__del__`), "copy"
    (`__init__(out self, *, copy: Self)`, 2023 `__copyinit__`) or "move" (`__init__(out self, *,
    deinit move: Self)`, 2023 `__moveinit__`). None when the struct has none (field-wise)."""
    methods = info.methods
    if what == "del":
        for name in ("__deinit__", "__del__"):
            if name in methods:
                return methods[name].funcs[0]
        return None
    legacy = "__copyinit__" if what == "copy" else "__moveinit__"
    if legacy in methods:
        return methods[legacy].funcs[0]
    kw = "copy" if what == "copy" else "move"
    for f in methods.get("__init__").funcs if "__init__" in methods else []:
        ps = [p for p in f.params if p.convention != "out"]
        if len(ps) == 1 and ps[0].name == kw and ps[0].kw_only:
            return f
    return None
