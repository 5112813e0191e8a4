"""Arguments of the run-time assertions Mojo makes about string subscripts (`s[byte=i]`,
`s[byte=a:b]`): the checker appends them to the subscript so that the library helper
(builtin.mojo's _str_byte_checked / _str_slice_checked) can report a bad index as Mojo does."""

from __future__ import annotations

import os

from ..frontend import ast as A
from . import types as T


def subscript_assert_args(e: A.Subscript, session: bool) -> list[A.Expr]:
    """(location, fd) for Mojo's run-time assertion about `x[...]` (a String's `s[byte=...]`, a List
    slice's bounds): at the '[' (absolute path, except in a notebook), written to stdout, or to
    stderr in a notebook cell."""
    v = e.value.span
    file = v.file if v.file.startswith("<") or session else os.path.abspath(v.file)
    text = f"{file}:{v.end_line}:{v.end_col}"
    loc = A.StrLit(v, text)
    loc.ty, loc.const = T.STRING, text
    fd = A.IntLit(v, 2 if session else 1)
    fd.ty, fd.const = T.INT, fd.value
    return [loc, fd]
