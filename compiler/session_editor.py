"""Editor support of a notebook session: completion, inspection (Shift+Tab) and is_complete.

A mixin of Session (compiler/session.py): it reads the session's checker, its sources and the
names its cells defined; it never compiles or runs anything.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from typing import Any

from .check import types as T
from .check.symbols import (
    Builtin,
    FuncInfo,
    GlobalConst,
    LocalVar,
    ModuleSym,
    OverloadSet,
    TypeSym,
)
from .frontend.lexer import KEYWORDS, tokenize
from .frontend.parser import parse


@dataclass
class Completion:
    text: str
    type: str  # JupyterLab's kinds: function, class, module, keyword, instance
    signature: str = ""


_BUILTIN_DOCS = {
    "print": "print(*values, sep: String = \" \", end: String = \"\\n\")\nWrites the values to standard output.",
    "len": "len(x) -> Int\nThe number of elements of a List, Dict, Set or a struct with __len__.",
    "range": "range(end) / range(start, end) / range(start, end, step)\nIntegers for a for loop.",
    "abs": "abs(x) -> same type\nThe absolute value.",
    "min": "min(a, b, ...) -> same type\nThe smallest of the values.",
    "max": "max(a, b, ...) -> same type\nThe largest of the values.",
    "ord": "ord(s: String) -> Int\nThe code point of the first character.",
    "chr": "chr(c: Int) -> String\nThe character with that code point.",
    "sort": "sort(mut xs: List[T])\nSorts the list in place (T must support '<').",
    "enumerate": "enumerate(xs: List[T])\nPairs (index, element) for a for loop.",
    "String": "String(x) -> String\nThe printed form of any Writable value; String() is empty.",
    "Int": "Int(x) -> Int\nConverts a number (truncating floats) or parses a String (raises on bad input).",
    "Float64": "Float64(x) -> Float64\nConverts a number or parses a String.",
    "Error": "Error(message: String) -> Error\nThe value `raise` throws.",
}


_MATH_1 = {
    "sqrt": "The square root", "cbrt": "The cube root", "exp": "e to the power x", "exp2": "2 to the power x",
    "log": "The natural logarithm", "log2": "The base-2 logarithm", "log10": "The base-10 logarithm",
    "sin": "The sine (radians)", "cos": "The cosine (radians)", "tan": "The tangent (radians)",
    "asin": "The arc sine", "acos": "The arc cosine", "atan": "The arc tangent", "sinh": "The hyperbolic sine",
    "cosh": "The hyperbolic cosine", "tanh": "The hyperbolic tangent",
}
for _name, _what in _MATH_1.items():
    _BUILTIN_DOCS[_name] = (f"{_name}(x: Float64) -> Float64  (std.math)\n{_what}; Float32 and Float16 too, "
                            "and SIMD vectors lane by lane.")
_BUILTIN_DOCS.update({
    "floor": "floor(x) -> same type  (std.math)\nRounds down; an Int is returned unchanged.",
    "ceil": "ceil(x) -> same type  (std.math)\nRounds up; an Int is returned unchanged.",
    "trunc": "trunc(x) -> same type  (std.math)\nRounds toward zero; an Int is returned unchanged.",
    "isnan": "isnan(x: Float64) -> Bool  (std.math)\nWhether x is not a number.",
    "isinf": "isinf(x: Float64) -> Bool  (std.math)\nWhether x is infinite.",
    "atan2": "atan2(y: Float64, x: Float64) -> Float64  (std.math)\nThe angle of the point (x, y).",
    "pow": "pow(x: Float64, y: Float64) -> Float64  (std.math)\nx to the power y.",
    "hypot": "hypot(x: Float64, y: Float64) -> Float64  (std.math)\nThe length of the vector (x, y).",
    "copysign": "copysign(x: Float64, y: Float64) -> Float64  (std.math)\nx with the sign of y.",
    "fma": "fma(a: Float64, b: Float64, c: Float64) -> Float64  (std.math)\na * b + c, rounded once.",
    "round": "round(x) -> same type / round(x, ndigits: Int)\nRounds half to even.",
    "repr": "repr(x) -> String\nThe value as source code would write it (strings quoted).",
    "all": "all(xs) -> Bool\nWhether every element is true.",
    "any": "any(xs) -> Bool\nWhether some element is true.",
    "reversed": "reversed(xs)\nThe elements from last to first, for a for loop.",
    "zip": "zip(a, b, ...)\nTuples of the elements at the same position, for a for loop.",
    "swap": "swap(mut a: T, mut b: T)\nExchanges the two values.",
    "print_no_newline": "print_no_newline(*values)\nWrites the values without a line break (2023 Mojo).",
    "debug_assert": "debug_assert(cond: Bool, message: String)\nStops with the message when cond is false.",
})


class EditorSupport:
    def is_complete(self, source: str) -> tuple[str, str]:
        """For consoles: is this input a whole cell, or should the user keep typing?"""
        if not source.strip():
            return "complete", ""
        toks, lex_diags = tokenize(source, "<input>")
        if any("unterminated triple-quoted" in d.message for d in lex_diags):
            return "incomplete", ""
        depth = 0
        for t in toks:
            if t.kind == "OP" and t.text in "([{":
                depth += 1
            elif t.kind == "OP" and t.text in ")]}":
                depth -= 1
        lines = source.rstrip("\n").split("\n")
        last = lines[-1]
        indent = re.match(r"[ \t]*", last).group(0)
        if depth > 0:
            return "incomplete", indent
        if last.rstrip().endswith(":"):
            return "incomplete", indent + "    "
        if last.rstrip().endswith("\\"):
            return "incomplete", indent
        _, diags = parse(source, "<input>")
        if any(d.severity == "error" for d in diags):
            return "invalid", ""
        if indent and not source.endswith("\n\n"):
            return "incomplete", indent
        return "complete", ""

    def _scope_names(self) -> dict[str, Any]:
        return {k: v for k, v in self.checker.globals.names.items()
                if not k.startswith("_") and not k.startswith("__cell")}

    def complete(self, source: str, cursor_pos: int) -> tuple[list[str], int, int]:
        items, start, end = self.completions(source, cursor_pos)
        return [c.text for c in items], start, end

    def completions(self, source: str, cursor_pos: int) -> tuple[list[Completion], int, int]:
        """What may be typed at the cursor, each with its kind and signature (for JupyterLab's
        `_jupyter_types_experimental`), and the range it replaces."""
        before = source[:cursor_pos]
        m = re.search(r"[A-Za-z_][A-Za-z0-9_]*$", before)
        word = m.group(0) if m else ""
        start = cursor_pos - len(word)
        imp = re.search(r"(?:from|import)\s+([A-Za-z_.]*)$", before)
        if imp:
            prefix = imp.group(1)
            mods = sorted(n for n in self.checker.modules if n.startswith("std.") and n.startswith(prefix))
            return [Completion(n, "module", f"module {n}") for n in mods], cursor_pos - len(prefix), cursor_pos
        owner_text = before[:start].rstrip()
        found: dict[str, Completion] = {}
        if owner_text.endswith("."):
            chain = re.search(r"([A-Za-z_][A-Za-z0-9_.]*)\.$", owner_text)
            for c in (self._member_completions(chain.group(1), source) if chain else []):
                found.setdefault(c.text, c)
        else:
            for name, sym in self._scope_names().items():
                found[name] = self._describe(name, sym)
            for k in KEYWORDS:
                if k.isidentifier():
                    found.setdefault(k, Completion(k, "keyword"))
            # Names this cell defines before it has run.
            for kw, name in re.findall(r"\b(var|def|fn|struct|comptime|alias)\s+([A-Za-z_][A-Za-z0-9_]*)", source):
                kind = {"def": "function", "fn": "function", "struct": "class"}.get(kw, "instance")
                found.setdefault(name, Completion(name, kind, self._source_signature(source, kw, name)))
        items = [c for name, c in sorted(found.items()) if name.startswith(word)]
        return items, start, cursor_pos

    def _describe(self, name: str, sym: Any) -> Completion:
        if isinstance(sym, OverloadSet) and sym.funcs:
            more = len(sym.funcs) - 1
            return Completion(name, "function", self._header(sym.funcs[0]) + (f"  (+{more} overloads)" if more else ""))
        if isinstance(sym, FuncInfo):
            return Completion(name, "function", self._header(sym))
        if isinstance(sym, TypeSym):
            if sym.is_trait:
                return Completion(name, "class", f"trait {name}")
            if isinstance(sym.ty, T.StructType) and not sym.ty.info.decl.span.file.startswith("<std>"):
                return Completion(name, "class", self._struct_header(sym.ty.info))
            return Completion(name, "class", f"struct {name}")
        if isinstance(sym, LocalVar):
            return Completion(name, "instance", f"var {name}: {sym.ty}")
        if isinstance(sym, GlobalConst):
            return Completion(name, "instance", f"comptime {name}: {sym.ty}")
        if isinstance(sym, ModuleSym):
            return Completion(name, "module", f"module {sym.name}")
        if isinstance(sym, Builtin):
            doc = _BUILTIN_DOCS.get(name)
            return Completion(name, "function", doc.splitlines()[0] if doc else f"builtin function {name}")
        return Completion(name, "instance")

    def _member_completions(self, chain: str, source: str) -> list[Completion]:
        sym = self._resolve_chain(chain, source)
        if isinstance(sym, ModuleSym):
            return [self._describe(n, s) for n, s in sorted(sym.members.items()) if not n.startswith("_")]
        ty = None
        if isinstance(sym, (TypeSym, LocalVar)):
            ty = sym.ty
        elif isinstance(sym, T.Type):
            ty = sym
        if isinstance(ty, T.StructType):
            info = ty.info
            out = [Completion(n, "instance", f"var {n}: {t}") for n, (_, t) in info.fields.items()]
            for n, ov in info.methods.items():
                if not n.startswith("__") and ov.funcs:
                    out.append(self._describe(n, ov))
            if "copy" not in info.methods:
                out.append(Completion("copy", "function", f"def copy(self) -> {info.name}"))
            return out
        if ty in (T.STRING, T.STR_LIT):
            from .check.builtins import STRING_METHODS

            out = [Completion(n, "function", f"def {n}(self)") for n in ("byte_length", "codepoints", "as_bytes")]
            for n, impl in STRING_METHODS.items():
                if not n.startswith("_"):
                    out.append(Completion(n, "function", self._method_signature(n, "String", impl)))
            return out
        if isinstance(ty, T.ListType):
            el = str(ty.elem)
            sigs = {"append": f"def append(mut self, var value: {el})",
                    "insert": f"def insert(mut self, i: Int, var value: {el})",
                    "pop": f"def pop(mut self, i: Int = -1) -> {el}",
                    "index": f"def index(self, value: {el}, start: Int = 0, stop: Int = len(self)) raises -> Int",
                    "count": f"def count(self, value: {el}) -> Int",
                    "copy": f"def copy(self) -> List[{el}]",
                    "clear": "def clear(mut self)",
                    "extend": f"def extend(mut self, var other: List[{el}])",
                    "reverse": "def reverse(mut self)"}
            return [Completion(n, "function", sig) for n, sig in sigs.items()] + \
                self._library_methods("_list_", el, skip={"index"})
        if isinstance(ty, T.OptionalType):
            el = str(ty.elem)
            return [Completion("value", "function", f"def value(self) -> {el}"),
                    Completion("unsafe_value", "function", f"def unsafe_value(self) -> {el}"),
                    Completion("or_else", "function", f"def or_else(self, var default: {el}) -> {el}")] + \
                self._library_methods("_opt_", el)
        if isinstance(ty, T.IntType):
            return [Completion("MAX", "instance", f"comptime MAX: {ty}"), Completion("MIN", "instance", f"comptime MIN: {ty}")]
        return []

    # Library functions behind a builtin type's methods (`_list_NAME(xs, ...)`) that are no method.
    _NOT_METHODS = {"eq", "iter", "repr", "concat", "repeat", "slice", "try_index", "all", "any", "reversed",
                    "getitem", "getitem_or_abort"}

    def _library_methods(self, prefix: str, elem: str, skip: set[str] = frozenset()) -> list[Completion]:
        """Methods written in the library as `PREFIXname(self_value, ...)`, with their signatures
        as the methods read: `self` first, the element type for `T`."""
        out = []
        for name, sym in sorted(self.checker.globals.names.items()):
            method = name[len(prefix):]
            if not name.startswith(prefix) or method.startswith("_") or method in self._NOT_METHODS | skip or \
                    not isinstance(sym, OverloadSet) or not sym.funcs:
                continue
            header = re.sub(r"\bT\b", elem, self._header(sym.funcs[0]))
            m = re.match(r"(?:def|fn) \w+(?:\[[^\]]*\])?\((mut |var |ref )?\w+: [^,)]*(, )?(.*)$", header, re.DOTALL)
            sig = f"def {method}({m.group(1) or '' if m else ''}self{', ' if m and m.group(2) else ''}" \
                  f"{m.group(3) if m else ')'}"
            out.append(Completion(method, "function", sig))
        return out

    def _method_signature(self, method: str, self_type: str, impl: str) -> str:
        """A String method implemented by a standard library function `impl(s, ...)`."""
        ov = self.checker.globals.names.get(impl)
        f = ov.funcs[0] if isinstance(ov, OverloadSet) and ov.funcs else ov if isinstance(ov, FuncInfo) else None
        if f is None:
            return f"def {method}(self)"
        params = ", ".join(["self"] + [f"{p.name}: {p.ty}" for p in f.params[1:]])
        ret = "" if str(f.ret) == "NoneType" else f" -> {f.ret}"
        return f"def {method}({params}){' raises' if f.raises else ''}{ret}"

    def _header(self, f: FuncInfo) -> str:
        """A function's signature as its source writes it (parameters, defaults, `raises`, result);
        the checker's form where the source is not at hand."""
        decl = f.decl
        if decl is not None:
            text = self._text_from(decl.name_span.file, decl.name_span.line, decl.name_span.col)
            if text is not None:
                line = self.sources.line(decl.name_span.file, decl.name_span.line) or ""
                kw = re.search(r"\b(def|fn)\s+$", line[:decl.name_span.col - 1])
                return f"{kw.group(1) if kw else 'def'} {_header_end(text)}"
        return f.signature()

    def _struct_header(self, info: Any) -> str:
        traits = f"({', '.join(sorted(info.traits))})" if info.traits else ""
        return f"struct {info.name}{traits}"

    def _text_from(self, file: str, line: int, col: int, max_lines: int = 12) -> str | None:
        first = self.sources.line(file, line)
        if first is None:
            return None
        lines = [first[col - 1:]]
        for n in range(line + 1, line + max_lines):
            more = self.sources.line(file, n)
            if more is None:
                break
            lines.append(more)
        return "\n".join(lines)

    def _source_signature(self, source: str, kw: str, name: str) -> str:
        m = re.search(rf"\b{kw}\s+{re.escape(name)}\b", source)
        if m is None:
            return f"{kw} {name}"
        if kw in ("def", "fn"):
            return f"{kw} {_header_end(source[m.start() + len(kw):].lstrip())}"
        return source[m.start():].split("\n", 1)[0].strip().rstrip(":")

    def _resolve_chain(self, chain: str, source: str) -> Any:
        parts = chain.split(".")
        modules = self.checker.modules
        # The longest prefix that names a module: `std.math.sqrt` is `sqrt` of `std.math`.
        for i in range(len(parts), 0, -1):
            prefix = ".".join(parts[:i])
            if prefix in modules and (i > 1 or self.checker.globals.names.get(parts[0]) is None):
                sym: Any = modules[prefix]
                parts = [prefix] + parts[i:]
                break
        else:
            sym = self.checker.globals.names.get(parts[0])
        if sym is None:
            # A variable of this cell that has not run yet: `var p = Point(...)` -> Point.
            m = re.search(rf"\bvar\s+{re.escape(parts[0])}\s*(?::\s*([A-Za-z_]\w*)|=\s*([A-Za-z_]\w*)\s*\()", source)
            if m:
                sym = self.checker.globals.names.get(m.group(1) or m.group(2))
                if isinstance(sym, TypeSym):
                    sym = sym.ty
        for p in parts[1:]:
            if isinstance(sym, ModuleSym):
                sym = sym.members.get(p)
            elif isinstance(sym, (LocalVar, TypeSym)) and isinstance(sym.ty, T.StructType):
                fld = sym.ty.info.fields.get(p)
                sym = fld[1] if fld else None
            elif isinstance(sym, T.StructType):
                fld = sym.info.fields.get(p)
                sym = fld[1] if fld else None
            else:
                return None
        return sym

    def inspect(self, source: str, cursor_pos: int) -> str | None:
        """Signature(s) and documentation of the name at (or just before) the cursor, or of the
        function whose call's arguments the cursor is in (Shift+Tab in `f(a, |)`); a variable's type."""
        left = re.search(r"[A-Za-z_][A-Za-z0-9_.]*$", source[:cursor_pos])
        right = re.match(r"[A-Za-z0-9_]*", source[cursor_pos:])
        name = ((left.group(0) if left else "") + (right.group(0) if right else "")).strip(".")
        text = self._inspect_name(name, source) if name else None
        if text is None:
            callee = _enclosing_call(source, cursor_pos)
            if callee:
                text = self._inspect_name(callee, source)
        return text

    def _inspect_name(self, name: str, source: str) -> str | None:
        sym = self._resolve_chain(name, source)
        if sym is None and "." in name:
            owner, _, attr = name.rpartition(".")
            osym = self._resolve_chain(owner, source)
            oty = osym.ty if isinstance(osym, (TypeSym, LocalVar)) else osym if isinstance(osym, T.Type) else None
            if isinstance(oty, T.StructType) and attr in oty.info.methods:
                sym = oty.info.methods[attr]
            elif oty in (T.STRING, T.STR_LIT):
                from .check.builtins import STRING_METHODS

                if attr in STRING_METHODS:
                    return self._method_signature(attr, "String", STRING_METHODS[attr])
        if isinstance(sym, T.StructType):  # a field of a struct value: its type
            return f"{name}: {sym}" + self._type_summary(sym)
        if isinstance(sym, T.Type):
            return f"{name}: {sym}"
        if isinstance(sym, OverloadSet):
            parts = []
            for f in sym.funcs:
                parts.append(self._header(f))
                if f.decl is not None and f.decl.docstring:
                    parts.append(_indent_doc(f.decl.docstring))
            return "\n".join(parts)
        if isinstance(sym, TypeSym) and isinstance(sym.ty, T.StructType):
            info = sym.ty.info
            lines = [self._struct_header(info)]
            if info.decl.docstring:
                lines.append(_indent_doc(info.decl.docstring))
            lines += [f"    var {n}: {t}" for n, (_, t) in sorted(info.fields.items(), key=lambda kv: kv[1][0])]
            for ov in info.methods.values():
                lines += ["    " + self._header(f) for f in ov.funcs]
            return "\n".join(lines)
        if isinstance(sym, TypeSym):
            return f"{'trait' if sym.is_trait else 'type'} {sym.name}"
        if isinstance(sym, LocalVar):
            return f"var {sym.name}: {sym.ty}" + self._type_summary(sym.ty)
        if isinstance(sym, GlobalConst):
            return f"comptime {sym.name}: {sym.ty}" + (f" = {_show_const(sym.value)}" if sym.value is not None else "")
        if isinstance(sym, ModuleSym):
            return f"module {sym.name}: " + ", ".join(sorted(n for n in sym.members if not n.startswith("_")))
        last = name.rpartition(".")[2]
        if isinstance(sym, Builtin) or name in _BUILTIN_DOCS:
            return _BUILTIN_DOCS.get(last, f"builtin function {name}")
        if name in keyword.kwlist or name in KEYWORDS:
            return f"keyword {name}"
        return None

    def _type_summary(self, ty: Any) -> str:
        """For a value of a struct type: the first line of that struct's docstring."""
        if isinstance(ty, T.StructType) and ty.info.decl is not None and ty.info.decl.docstring:
            return f"\n{ty.info.name}: {_dedent(ty.info.decl.docstring).splitlines()[0]}"
        return ""


def _header_end(text: str) -> str:
    """`name(params) -> T` of a `def` header that starts `text`: up to its colon at bracket depth 0."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == ":" and depth == 0:
            return " ".join(text[:i].split())
    return " ".join(text.split("\n", 1)[0].split())


def _enclosing_call(source: str, cursor_pos: int) -> str | None:
    """The callee of the innermost call whose parentheses hold the cursor: `f` in `f(a, |`."""
    depth = 0
    for i in range(min(cursor_pos, len(source)) - 1, -1, -1):
        ch = source[i]
        if ch in ")]}":
            depth += 1
        elif ch in "([{":
            if depth == 0:
                if ch != "(":
                    return None
                m = re.search(r"[A-Za-z_][A-Za-z0-9_.]*$", source[:i].rstrip())
                return m.group(0) if m else None
            depth -= 1
        elif ch == "\n" and depth == 0 and not source[:i].rstrip().endswith((",", "(")):
            return None
    return None


def _indent_doc(text: str) -> str:
    return textwrap_indent(_dedent(text))


def textwrap_indent(text: str) -> str:
    import textwrap

    return textwrap.indent(text, "    ")


def _dedent(text: str) -> str:
    import textwrap

    return textwrap.dedent(text).strip()


def _show_const(v: Any) -> str:
    from fractions import Fraction

    if isinstance(v, Fraction):
        return repr(float(v))
    return repr(v)
