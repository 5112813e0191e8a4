"""A struct that names a trait implements what the trait requires (Mojo checks it at the struct).

Only user-written traits are checked here: the standard library's traits are met by derived
methods (check/derived.py) and lifecycle methods the compiler supplies. A requirement is met by a
method of the same name whose argument count, and return type when the trait spells a plain type,
agree; anything subtler (generic parameters, Self in argument types) is left to the calls.
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import Note
from ..frontend import ast as A
from .support import _is_stub

_LIFECYCLE = {"__init__", "__copyinit__", "__moveinit__", "__del__", "__deinit__"}


def _meets(c: Any, req: A.FuncDef, overloads: Any) -> bool:
    if overloads is None:
        return False
    want_args = len(req.params)
    for f in overloads.funcs:
        if len(f.params) != want_args:
            continue
        if isinstance(req.ret, A.Name) and req.ret.id not in ("Self",) and \
                c.globals.lookup(req.ret.id) is not None and str(f.ret) != req.ret.id:
            continue
        return True
    return False


def check_requirements(c: Any, info: Any, s: A.StructDef, trait_names: list[str]) -> None:
    for tname in trait_names:
        trait = c.traits[tname]
        if trait.span.file.startswith("<std>"):
            continue
        for req in trait.methods:
            if req.name in _LIFECYCLE or not _is_stub(req) or _meets(c, req, info.methods.get(req.name)):
                continue
            c.error(f"'{s.name}' does not implement all requirements for '{tname}'", s.name_span,
                    [Note(f"required function '{req.name}' is not implemented", req.name_span)])
            break
