"""The gallery: example notebooks rendered read-only, with their outputs, without running them.

Markdown is rendered with raw HTML disabled and every output is shown as text or PNG only, so a
notebook can never inject script into the site.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markupsafe import Markup, escape

_md = MarkdownIt("commonmark", {"html": False, "linkify": False}).disable("image")
NAME_RE = re.compile(r"^[A-Za-z0-9_.-]+\.ipynb$")
# Characters of Markdown and code rendered richly (parsed, highlighted) per notebook; the rest is
# shown as plain text. Both renderers are pure Python at ~0.1 MB/s on a busy host (measured): a
# 5 MB shared notebook took over a minute of the website's CPU on every view of /s/ID.
RICH_BUDGET = 256 * 1024
_SAFE_LINK = re.compile(r"^(https?:|#|/)", re.IGNORECASE)
_md.validateLink = lambda url: bool(_SAFE_LINK.match(url.strip()))  # no javascript: links


@dataclass
class Notebook:
    name: str
    title: str
    summary: str
    cells: list[dict[str, Any]]


def _text(value: Any) -> str:
    return "".join(value) if isinstance(value, list) else str(value or "")


def _output_html(out: dict[str, Any]) -> Markup:
    kind = out.get("output_type")
    if kind == "stream":
        cls = "stderr" if out.get("name") == "stderr" else "stdout"
        return Markup('<pre class="out {}">{}</pre>').format(cls, _text(out.get("text")))
    if kind == "error":
        tb = (
            "\n".join(_text(x) for x in out.get("traceback", []))
            or f"{out.get('ename')}: {out.get('evalue')}"
        )
        return Markup('<pre class="out stderr">{}</pre>').format(re.sub(r"\x1b\[[0-9;]*m", "", tb))
    data = out.get("data", {})
    png = data.get("image/png")
    if isinstance(png, str | list):
        raw = _text(png).replace("\n", "")
        try:
            base64.b64decode(raw, validate=True)
            return Markup('<img class="out" alt="output image" src="data:image/png;base64,{}">').format(raw)
        except (binascii.Error, ValueError):
            pass
    if "text/plain" in data:
        return Markup('<pre class="out">{}</pre>').format(_text(data["text/plain"]))
    return Markup("")


def plain_text(markdown: str) -> str:
    """The words of a Markdown paragraph as a reader sees them: `List[Float64]` and `z*z` intact,
    emphasis and link markup gone, line breaks as spaces."""
    out: list[str] = []
    for block in _md.parse(markdown):
        for tok in block.children or []:
            if tok.type in ("text", "code_inline"):
                out.append(tok.content)
            elif tok.type in ("softbreak", "hardbreak"):
                out.append(" ")
            elif tok.type == "image":
                out.append(tok.content)
        if block.type == "paragraph_close":
            out.append(" ")
    return re.sub(r"\s+", " ", "".join(out)).strip()


def excerpt(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis (never inside a word)."""
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:.-") + "…"


def highlight(source: str, lang: str) -> Markup:
    """Code as HTML with Pygments classes (static/pygments.css): Mojo through the `mojito` lexer
    (the kernel's, found through Pygments' plugin entry point), Python through Python's."""
    try:
        from pygments import highlight as render
        from pygments.formatters import HtmlFormatter
        from pygments.lexers import get_lexer_by_name
        from pygments.util import ClassNotFound
    except ImportError:
        return escape(source)
    try:
        lexer = get_lexer_by_name("python" if lang == "python" else "mojito")
    except ClassNotFound:
        return escape(source)
    return Markup(render(source, lexer, HtmlFormatter(nowrap=True)))


def load(path: Path) -> Notebook:
    return from_json(json.loads(path.read_text()), path.name)


def from_json(nb: Any, name: str, budget: int = RICH_BUDGET) -> Notebook:
    """A notebook (nbformat 4 JSON, already parsed) ready for the read-only page. Past `budget`
    characters, Markdown and code cells are shown as plain (escaped) text."""
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        raise ValueError("not a notebook: no list of cells")  # noqa: TRY004 - callers catch ValueError
    stem = name.rsplit(".", 1)[0]
    cells, title, summary = [], stem, ""
    left = budget
    lang = nb.get("metadata", {}).get("kernelspec", {}).get("language", "mojo")
    for cell in nb["cells"]:
        if not isinstance(cell, dict):
            continue
        source = _text(cell.get("source"))
        if cell.get("cell_type") == "markdown":
            if title == stem:
                m = re.search(r"^#\s+(.+)$", source, re.MULTILINE)
                if m:
                    title = m.group(1).strip()
                    rest = source[m.end() : m.end() + 4000].strip().split("\n\n")[0]  # for a 200-character summary
                    summary = excerpt(plain_text(rest), 200)
            rich = len(source) <= left
            left -= len(source) if rich else 0
            cells.append({"kind": "markdown", "html": Markup(_md.render(source)) if rich
                          else Markup('<pre class="md-plain">{}</pre>').format(source)})
        elif cell.get("cell_type") == "code":
            cell_lang = "python" if source.lstrip().startswith("%%python") else lang
            rich = len(source) <= left
            left -= len(source) if rich else 0
            outputs = cell.get("outputs")
            cells.append(
                {
                    "kind": "code",
                    "source": source,
                    "html": highlight(source, cell_lang) if rich else escape(source),
                    "lang": cell_lang,
                    "outputs": [_output_html(o) for o in outputs if isinstance(o, dict)]
                    if isinstance(outputs, list)
                    else [],
                }
            )
    return Notebook(name, title, summary, cells)


def list_notebooks(folder: Path) -> list[Notebook]:
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.glob("*.ipynb")):
        try:
            out.append(load(path))
        except (ValueError, OSError, AttributeError, TypeError):
            continue  # a broken file is left out of the gallery rather than breaking the page
    return out


def find(folder: Path, name: str) -> Notebook | None:
    if not NAME_RE.match(name) or not (folder / name).is_file():
        return None
    try:
        return load(folder / name)
    except (ValueError, OSError, AttributeError, TypeError):
        return None


def escape_text(s: str) -> Markup:
    return escape(s)
