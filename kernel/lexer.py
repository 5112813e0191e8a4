"""A Pygments lexer for Mojo as Mojito compiles it (Mojo 1.2 plus the 2023 dialect).

Pygments ships a `mojo` lexer of its own, and built-in lexers win over plugins for the same alias,
so ours is registered (entry point `pygments.lexers`) under the alias `mojito`; the kernel's
language_info names it. It extends the Python lexer, whose strings, numbers, comments and
decorators Mojo shares, with Mojo's keywords and standard types.
"""

from __future__ import annotations

from pygments.lexer import bygroups, inherit, words
from pygments.lexers.python import PythonLexer
from pygments.token import Keyword, Name, Whitespace

MOJO_KEYWORDS = (
    "var", "let", "alias", "comptime", "raises", "capturing",
    "escaping", "ref", "mut", "out", "read", "inout", "owned", "borrowed", "deinit", "where",
)
MOJO_TYPES = (
    "Int", "UInt", "Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32", "UInt64",
    "Float16", "Float32", "Float64", "Bool", "String", "StringLiteral", "StringSlice", "SIMD",
    "DType", "List", "Dict", "Set", "Optional", "Tuple", "Span", "Pointer", "UnsafePointer",
    "Error", "Self", "PythonObject", "DynamicVector", "Movable", "Copyable", "ImplicitlyCopyable",
    "Writable", "Stringable", "Intable", "AnyType",
)


class MojoLexer(PythonLexer):
    """Mojo source: Python's lexical structure with Mojo's keywords and types."""

    name = "Mojo (Mojito)"
    aliases = ["mojito"]  # noqa: RUF012
    filenames: list[str] = []  # leave *.mojo to Pygments' own lexer when looked up by file name  # noqa: RUF012
    mimetypes: list[str] = []  # noqa: RUF012
    url = "https://docs.modular.com/mojo/manual/"

    tokens = {  # noqa: RUF012 - Pygments reads these class attributes
        "root": [
            (r"(fn)((?:\s|\\\s)+)", bygroups(Keyword, Whitespace), "funcname"),
            (r"(struct|trait)((?:\s|\\\s)+)", bygroups(Keyword, Whitespace), "classname"),
            inherit,
        ],
        "keywords": [
            (words(MOJO_KEYWORDS, suffix=r"\b"), Keyword),
            inherit,
        ],
        "builtins": [
            (words(MOJO_TYPES, prefix=r"(?<!\.)", suffix=r"\b"), Keyword.Type),
            (words(("__mlir_type", "__mlir_op", "__mlir_attr"), suffix=r"\b"), Name.Builtin.Pseudo),
            inherit,
        ],
    }
