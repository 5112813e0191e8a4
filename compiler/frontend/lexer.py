"""Indentation-aware lexer: source text -> tokens with NEWLINE, INDENT and DEDENT, like Python's.

Inside brackets newlines and indentation are ignored. Errors are collected as diagnostics, and
the lexer keeps going so the parser can report more than one problem per run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import limits
from ..diagnostics import Diagnostic, Span

KEYWORDS = {
    "def", "fn", "struct", "trait", "var", "let", "comptime", "alias", "if", "elif", "else", "while",
    "for", "in", "break", "continue", "pass", "return", "raise", "raises", "try", "except", "finally",
    "and", "or", "not", "is", "True", "False", "None", "from", "import", "as", "with", "lambda",
    "out", "mut", "inout", "owned", "borrowed", "ref", "deinit", "read",
}
# Words that are keywords only in a position where the parser expects them (argument conventions
# and `comptime`): elsewhere they are ordinary names.
SOFT_KEYWORDS = {"out", "mut", "inout", "owned", "borrowed", "ref", "deinit", "read", "comptime", "raises"}

OPERATORS = sorted(
    ["(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...", "->", "@", "=", "+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>=", "==", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "//", "%", "**", "&", "|", "^", "~", "<<", ">>", "!", ":="],
    key=len,
    reverse=True,
)

_NUMBER = re.compile(
    r"""0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+
    |(?:\d[\d_]*\.(?:\d[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?
    |\d[\d_]*[eE][+-]?\d+
    |\d[\d_]*""",
    re.VERBOSE,
)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_STRING_START = re.compile(r"([rRbBuUtT]{0,2})('''|\"\"\"|'|\")")
_OP = re.compile("|".join(re.escape(op) for op in OPERATORS))


@dataclass(slots=True)
class Token:
    kind: str  # NAME KEYWORD INT FLOAT STRING OP NEWLINE INDENT DEDENT EOF
    text: str
    span: Span
    value: object = None  # int for INT, str for FLOAT (exact text), str for STRING


class Lexer:
    def __init__(self, text: str, filename: str):
        self.text = text
        self.file = filename
        self.diags: list[Diagnostic] = []
        self.tokens: list[Token] = []

    def _continues_2023(self, lines: list[str], i: int) -> bool:
        """The 2023 notebooks continue a line that ends with `or`/`and`, and a `f[params]` whose
        `(args)` open the next, more indented, line. Both are errors in Mojo 1.2, so no 1.2 program
        changes meaning."""
        last = self.tokens[-1] if self.tokens else None
        if last is None or last.span.line != i + 1:
            return False
        if last.kind == "KEYWORD" and last.text in ("or", "and"):
            return True
        if last.text == "]" and i + 1 < len(lines):
            nxt = lines[i + 1]
            indent = len(lines[i]) - len(lines[i].lstrip(" "))
            return nxt.lstrip(" ").startswith("(") and len(nxt) - len(nxt.lstrip(" ")) > indent
        return False

    def error(self, msg: str, line: int, col: int, length: int = 1) -> None:
        self.diags.append(Diagnostic("error", msg, Span(self.file, line, col, line, col + length)))

    def tokenize(self) -> list[Token]:
        lines = self.text.split("\n")
        indents = [0]
        depth = 0  # bracket nesting
        i = 0
        pending_string: tuple | None = None  # an open triple-quoted string spanning lines
        continued = False  # the previous line ended with a '\\' continuation: no indentation here
        while i < len(lines):
            line = lines[i]
            lineno = i + 1
            pos = 0
            if depth == 0 and pending_string is None and not continued:
                stripped = line.lstrip(" \t")
                if not stripped or stripped.startswith("#"):
                    i += 1
                    continue
                width = len(line) - len(stripped)
                if "\t" in line[:width]:
                    width = len(line[:width].expandtabs(8))
                if width > indents[-1]:
                    indents.append(width)
                    self._add("INDENT", "", lineno, width + 1, width + 2)
                elif width < indents[-1]:
                    while width < indents[-1]:
                        indents.pop()
                        self._add("DEDENT", "", lineno, width + 1, width + 1)
                    if width != indents[-1]:
                        self.error(
                            "statement indentation must match the rest of the block; adjust to align",
                            lineno,
                            width + 1,
                        )
                        indents.append(width)
                pos = width
            if pending_string is not None:
                tok_start, prefix, quote, parts = pending_string
                end = line.find(quote)
                while end > 0 and _escaped(line, end) and "r" not in prefix.lower():
                    end = line.find(quote, end + 1)
                if end < 0:
                    parts.append(line + "\n")
                    i += 1
                    continue
                parts.append(line[:end])
                raw = "".join(parts)
                sl, sc = tok_start
                self.tokens.append(  # the text keeps prefix and quotes, as for one-line strings (t"..." tests it)
                    Token("STRING", prefix + quote + raw + quote, Span(self.file, sl, sc, lineno, end + 4),
                          self._decode(raw, prefix, sl, sc))
                )
                pending_string = None
                pos = end + 3
            while pos < len(line):
                ch = line[pos]
                if ch in " \t":
                    pos += 1
                    continue
                if ch == "#":
                    break
                if ch == "\\" and pos == len(line.rstrip()) - 1:
                    pos = len(line)
                    break
                col = pos + 1
                m = _STRING_START.match(line, pos)
                if m and (m.group(1) == "" or not _NAME.match(line, pos + len(m.group(1)))):
                    prefix, quote = m.group(1), m.group(2)
                    start = m.end()
                    if len(quote) == 3:
                        end = line.find(quote, start)
                        while end > 0 and _escaped(line, end) and "r" not in prefix.lower():
                            end = line.find(quote, end + 1)
                        if end < 0:
                            pending_string = ((lineno, col), prefix, quote, [line[start:] + "\n"])
                            pos = len(line)
                            break
                    else:
                        end = start
                        while end < len(line) and line[end] != quote:
                            end += 2 if line[end] == "\\" and "r" not in prefix.lower() else 1
                        if end >= len(line):
                            self.error("unterminated string literal", lineno, col, len(line) - pos)
                            pos = len(line)
                            break
                    raw = line[start:end]
                    stop = end + len(quote)
                    self.tokens.append(
                        Token("STRING", line[pos:stop], Span(self.file, lineno, col, lineno, stop + 1),
                              self._decode(raw, prefix, lineno, col))
                    )
                    pos = stop
                    continue
                if ch.isdigit() or (ch == "." and pos + 1 < len(line) and line[pos + 1].isdigit()):
                    m = _NUMBER.match(line, pos)
                    assert m
                    text = m.group(0)
                    kind, value = self._number(text, lineno, col)
                    self._add(kind, text, lineno, col, col + len(text), value)
                    pos = m.end()
                    continue
                m = _NAME.match(line, pos)
                if m:
                    word = m.group(0)
                    self._add("KEYWORD" if word in KEYWORDS else "NAME", word, lineno, col, col + len(word))
                    pos = m.end()
                    continue
                if ch == "`":  # a backtick-quoted name: `index.bool.constant`, `#index<...>`
                    end = line.find("`", pos + 1)
                    if end > pos + 1:
                        self._add("NAME", line[pos + 1:end], lineno, col, col + end + 1 - pos)
                        pos = end + 1
                        continue
                m = _OP.match(line, pos)
                if m:
                    op = m.group(0)
                    if op in "([{":
                        depth += 1
                    elif op in ")]}":
                        depth = max(0, depth - 1)
                    self._add("OP", op, lineno, col, col + len(op))
                    pos = m.end()
                    continue
                self.error(f"unexpected character {ch!r}", lineno, col)
                pos += 1
            continued = line.rstrip().endswith("\\") and not line.lstrip().startswith("#")
            if depth == 0 and pending_string is None and not continued:
                continued = self._continues_2023(lines, i)
            if depth == 0 and pending_string is None and not continued and self.tokens and \
                    self.tokens[-1].kind not in ("NEWLINE", "INDENT", "DEDENT"):
                end = len(line) + 1
                self._add("NEWLINE", "", lineno, end, end + 1)
            i += 1
        last = len(lines)
        if pending_string is not None:
            (sl, sc), *_ = pending_string
            self.error("unterminated triple-quoted string", sl, sc, 3)
        if self.tokens and self.tokens[-1].kind not in ("NEWLINE", "DEDENT", "INDENT"):
            self._add("NEWLINE", "", last, 1, 2)
        while len(indents) > 1:
            indents.pop()
            self._add("DEDENT", "", last, 1, 1)
        self._add("EOF", "", last, 1, 1)
        return self.tokens

    def _decode(self, raw: str, prefix: str, line: int, col: int) -> str:
        try:
            return _decode(raw, prefix)
        except (ValueError, OverflowError):
            self.error("invalid escape sequence in string literal (\\x needs 2 hex digits, \\u 4, \\U 8, "
                       "at most \\U0010FFFF)", line, col)
            return ""

    def _number(self, text: str, line: int, col: int) -> tuple[str, object]:
        """The kind and value of a number literal; a malformed or oversized one is reported and
        read as 0 (limits.py: a literal's value must stay printable and cheap to fold)."""
        clean = text.replace("_", "")
        if re.fullmatch(r"0[xXoObB].*|\d+", clean):
            base = {"x": 16, "o": 8, "b": 2}.get(clean[1:2].lower(), 10)
            digits = clean[2:] if base != 10 else clean
            if not digits:
                self.error(f"invalid integer literal '{text}'", line, col, len(text))
                return "INT", 0
            bits = len(digits) * {16: 4, 8: 3, 2: 1}.get(base, 0)
            if len(digits) > limits.MAX_INT_LITERAL_DIGITS or bits > limits.MAX_CONST_BITS:
                self.error(f"integer literal is too large ({len(digits)} digits; the compiler's limit is "
                           f"{limits.MAX_CONST_BITS} bits)", line, col, len(text))
                return "INT", 0
            return "INT", int(digits, base)
        mantissa, _, exponent = clean.lower().partition("e")
        if len(mantissa) + abs(int(exponent[:12] or "0")) > limits.MAX_FLOAT_EXPONENT:
            self.error("floating-point literal is too large or too precise for the compiler (its digits "
                       f"and exponent may add up to at most {limits.MAX_FLOAT_EXPONENT})", line, col, len(text))
            return "FLOAT", "0.0"
        return "FLOAT", clean

    def _add(self, kind: str, text: str, line: int, col: int, end_col: int, value: object = None) -> None:
        self.tokens.append(Token(kind, text, Span(self.file, line, col, line, end_col), value))


def _escaped(line: str, idx: int) -> bool:
    n = 0
    while idx - 1 - n >= 0 and line[idx - 1 - n] == "\\":
        n += 1
    return n % 2 == 1


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", "'": "'", '"': '"', "a": "\a",
            "b": "\b", "f": "\f", "v": "\v", "\n": ""}


def _decode(raw: str, prefix: str) -> str:
    if "r" in prefix.lower():
        return raw
    out = []
    i = 0
    while i < len(raw):
        c = raw[i]
        if c != "\\" or i + 1 >= len(raw):
            out.append(c)
            i += 1
            continue
        n = raw[i + 1]
        if n in _ESCAPES:
            out.append(_ESCAPES[n])
            i += 2
        elif n in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[n]
            digits = raw[i + 2 : i + 2 + width]
            if len(digits) != width or any(d not in "0123456789abcdefABCDEF" for d in digits):
                raise ValueError("bad escape")
            code = int(digits, 16)
            if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                raise ValueError("bad code point")
            out.append(chr(code))
            i += 2 + width
        elif n in "01234567":
            j = i + 1
            while j < len(raw) and j < i + 4 and raw[j] in "01234567":
                j += 1
            out.append(chr(int(raw[i + 1 : j], 8)))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def tokenize(text: str, filename: str) -> tuple[list[Token], list[Diagnostic]]:
    lx = Lexer(text, filename)
    toks = lx.tokenize()
    return toks, lx.diags
