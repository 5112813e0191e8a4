"""Diagnostics are data: a primary span, labelled notes, an optional fix-it; rendering is separate.

Rendering follows Mojo's shape so users (and tools) recognise it:

    FILE:LINE:COL: error: MESSAGE
        source line
        ^~~~~
    FILE:LINE:COL: note: ...
"""

from __future__ import annotations

from dataclasses import dataclass, field

ISSUE_URL = "https://github.com/mojito-playground/mojito/issues"


@dataclass(frozen=True, slots=True)
class Span:
    """A region of one source file: 1-based line and column, end exclusive."""

    file: str
    line: int
    col: int
    end_line: int
    end_col: int

    def to(self, other: Span) -> Span:
        """The span from the start of self to the end of other."""
        return Span(self.file, self.line, self.col, other.end_line, other.end_col)

    def start(self) -> Span:
        return Span(self.file, self.line, self.col, self.line, self.col + 1)


@dataclass(slots=True)
class Note:
    message: str
    span: Span | None = None


@dataclass(slots=True)
class Diagnostic:
    severity: str  # "error" | "warning"
    message: str
    span: Span
    notes: list[Note] = field(default_factory=list)
    fixit: str | None = None  # a short, concrete suggestion ("add 'var' before 'b'")


class CompileError(Exception):
    """Raised by the driver when compilation produced at least one error."""

    def __init__(self, diagnostics: list[Diagnostic], sources: SourceMap):
        self.diagnostics = diagnostics
        self.sources = sources
        super().__init__(render_all(diagnostics, sources))


class CompileInterrupted(Exception):
    """Compilation stopped because the user interrupted it (a notebook's interrupt button)."""


class MojitoInternalError(Exception):
    """The compiler itself failed (a bug in Mojito, not in the user's program). `str()` is the
    message for the user, saying how to report it; `__cause__` is the original exception."""


class SourceMap:
    """File name -> text, so diagnostics can quote the offending line."""

    def __init__(self) -> None:
        self._lines: dict[str, list[str]] = {}

    def add(self, name: str, text: str) -> None:
        self._lines[name] = text.split("\n")

    def line(self, name: str, lineno: int) -> str | None:
        lines = self._lines.get(name)
        if lines is None or not 1 <= lineno <= len(lines):
            return None
        return lines[lineno - 1]


def render(diag: Diagnostic, sources: SourceMap) -> str:
    s = diag.span
    out = [f"{s.file}:{s.line}:{s.col}: {diag.severity}: {diag.message}"]
    out.extend(_quote(s, sources))
    if diag.fixit:
        out.append(f"{s.file}:{s.line}:{s.col}: note: {diag.fixit}")
    for note in diag.notes:
        if note.span is None:
            out.append(f"note: {note.message}")
        else:
            n = note.span
            out.append(f"{n.file}:{n.line}:{n.col}: note: {note.message}")
            out.extend(_quote(n, sources))
    return "\n".join(out)


def render_all(diags: list[Diagnostic], sources: SourceMap) -> str:
    return "\n".join(render(d, sources) for d in diags)


def _quote(s: Span, sources: SourceMap) -> list[str]:
    text = sources.line(s.file, s.line)
    if text is None:
        return []
    text = text.expandtabs(4) if "\t" not in text[: s.col] else text
    width = max(1, (s.end_col - s.col) if s.end_line == s.line else len(text) - s.col + 1)
    col = s.col
    if len(text) > _QUOTE_WIDTH:  # a very long line: quote a window around the column
        start = max(0, min(col - 1 - _QUOTE_WIDTH // 3, len(text) - _QUOTE_WIDTH))
        text = ("..." if start else "") + text[start:start + _QUOTE_WIDTH] + \
            ("..." if start + _QUOTE_WIDTH < len(text) else "")
        col = col - start + (3 if start else 0)
        width = max(1, min(width, len(text) - col + 1))
    return ["    " + text, "    " + " " * (col - 1) + "^" + "~" * (width - 1)]


_QUOTE_WIDTH = 160


def internal_error_message(exc: BaseException) -> str:
    return (
        f"mojito: internal compiler error: {type(exc).__name__}: {exc}\n"
        "This is a bug in Mojito, not in your program. Please report it with the program that "
        f"triggered it at {ISSUE_URL} (run with MOJITO_TRACEBACK=1 to include the traceback)."
    )
