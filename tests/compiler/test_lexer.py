"""Lexer: tokens, indentation, literals."""

from mojito.compiler.frontend.lexer import tokenize


def kinds(src: str) -> list[str]:
    toks, diags = tokenize(src, "t.mojo")
    assert not diags
    return [t.kind if t.kind not in ("OP", "KEYWORD", "NAME") else t.text for t in toks]


def test_indentation_produces_indent_and_dedent() -> None:
    src = "def f():\n    if x:\n        pass\n    return\n"
    assert kinds(src) == ["def", "f", "(", ")", ":", "NEWLINE", "INDENT", "if", "x", ":", "NEWLINE", "INDENT",
                          "pass", "NEWLINE", "DEDENT", "return", "NEWLINE", "DEDENT", "EOF"]


def test_newlines_inside_brackets_are_ignored() -> None:
    assert kinds("x = [1,\n     2]\n") == ["x", "=", "[", "INT", ",", "INT", "]", "NEWLINE", "EOF"]


def test_comments_and_blank_lines_do_not_change_indentation() -> None:
    src = "def f():\n    # note\n\n    pass\n"
    assert "INDENT" in kinds(src) and kinds(src).count("INDENT") == 1


def test_number_literals() -> None:
    toks, _ = tokenize("0b1011_0110 0x0F 1_000 1e-05 2.5 .5\n", "t.mojo")
    assert [(t.kind, t.value) for t in toks[:6]] == [
        ("INT", 182), ("INT", 15), ("INT", 1000), ("FLOAT", "1e-05"), ("FLOAT", "2.5"), ("FLOAT", ".5")]


def test_string_literal_forms() -> None:
    src = "'a\\tb' \"q\\\"\" r'\\n' '''multi\nline''' \"\\x41\\u00e9\"\n"
    toks, diags = tokenize(src, "t.mojo")
    assert not diags
    assert [t.value for t in toks if t.kind == "STRING"] == ["a\tb", 'q"', "\\n", "multi\nline", "Aé"]


def test_bad_dedent_is_reported_with_position() -> None:
    _, diags = tokenize("def f():\n        pass\n    pass\n", "t.mojo")
    assert [(d.span.line, d.span.col) for d in diags] == [(3, 5)]
    assert "indentation" in diags[0].message


def test_unterminated_string_is_an_error_not_a_crash() -> None:
    _, diags = tokenize("x = 'abc\n", "t.mojo")
    assert diags and diags[0].message == "unterminated string literal"
