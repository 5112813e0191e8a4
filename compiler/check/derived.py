"""Methods Mojo 1.2 derives for a struct that declares a trait without writing them.

`struct P(Equatable, Writable)` with no `__eq__`/`write_to` gets Mojo's reflection-based
defaults: `==` compares the fields in order, `!=` negates it, and printing writes
`P(x=1, name=a)` (`repr` writes each field's repr: `P(x=Int(1), name='a')`), and a Hashable
struct feeds its fields to the hasher. They are made
here as Mojo source, parsed, and declared like the struct's own methods. A field whose type
cannot take part (no `==`, not printable) leaves the method out, so a use of it is the usual
error.
"""

from __future__ import annotations

from ..frontend import ast as A
from ..frontend.parser import parse
from . import types as T


def _conforms(ty: T.Type, method: str, traits: set[str], elements: bool, tuples: bool = False) -> bool:
    """Whether values of ty have `method` (numbers, strings and Bool always; a struct that defines it
    or declares one of `traits`; with `elements`, a List/Optional of such values; with `tuples`, a
    Tuple of them)."""
    if T.is_numeric(ty) or ty in (T.STRING, T.BOOL):
        return True
    if isinstance(ty, T.StructType):
        return method in ty.info.methods or bool(traits & set(ty.info.traits))
    if elements and isinstance(ty, (T.ListType, T.OptionalType)):
        return _conforms(ty.elem, method, traits, elements, tuples)
    if tuples and isinstance(ty, T.TupleType):
        return all(_conforms(e, method, traits, elements, tuples) for e in ty.elems)
    return False


def _equatable(ty: T.Type) -> bool:
    return _conforms(ty, "__eq__", {"Equatable"}, elements=True, tuples=True)


def _hashable(ty: T.Type) -> bool:
    return _conforms(ty, "__hash__", {"Hashable", "KeyElement"}, elements=False)


def _writable(ty: T.Type) -> bool:
    return _conforms(ty, "write_to", {"Writable"}, elements=True)


def derived_methods(name: str, info: object, traits: list[str]) -> list[A.FuncDef]:
    """The FuncDefs to add to struct `name` (its StructInfo `info`, fields resolved)."""
    fields = list(info.fields.items())  # type: ignore[attr-defined]
    have = info.methods  # type: ignore[attr-defined]
    src: list[str] = []
    if {"Equatable", "Comparable", "KeyElement"} & set(traits):
        if "__eq__" not in have and all(_equatable(t) for _, (_, t) in fields):
            cond = " and ".join(f"self.{f} == other.{f}" for f, _ in fields) or "True"
            src.append(f"    def __eq__(self, other: Self) -> Bool:\n        return {cond}\n")
        if "__ne__" not in have and ("__eq__" in have or src):
            src.append("    def __ne__(self, other: Self) -> Bool:\n        return not (self == other)\n")
    if {"Hashable", "KeyElement"} & set(traits) and "__hash__" not in have and \
            all(_hashable(t) for _, (_, t) in fields):
        feed = "".join(f"        self.{f}.__hash__(hasher)\n" for f, _ in fields) or "        pass\n"
        # The library hashes with its _DefaultHasher (Hasher itself needs an import in user code).
        src.append(f"    def __hash__(self, mut hasher: _DefaultHasher):\n{feed}")
    if "Writable" in traits and all(_writable(t) for _, (_, t) in fields):
        for method, wrap in (("write_to", "{}"), ("write_repr_to", "repr({})")):
            if method in have:
                continue
            # A generic struct is named with its parameters as Mojo names them: `Pair[SIMD[DType.int, 1]]`.
            kinds = getattr(info, "param_kinds", [])
            parts = [f'"{name}["'] if kinds else [f'"{name}("']
            for i, (p, is_type) in enumerate(kinds):
                parts.append(f"__type_name_of[Self.{p}]()" if is_type else f"String(Self.{p})")
                parts.append('"]("' if i == len(kinds) - 1 else '", "')
            for i, (f, _) in enumerate(fields):
                parts.append(f'"{", " if i else ""}{f}="')
                parts.append(wrap.format(f"self.{f}"))
            parts.append('")"')
            src.append(f"    def {method}(self, mut writer: Some[Writer]):\n"
                       f"        writer.write({', '.join(parts)})\n")
    if not src:
        return []
    module, diags = parse(f"struct _Derived:\n{''.join(src)}", f"<derived {name}>")
    assert not diags, diags
    struct = module.body[0]
    assert isinstance(struct, A.StructDef)
    return struct.methods
