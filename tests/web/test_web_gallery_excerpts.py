"""Gallery excerpts read like the notebook's first paragraph: Markdown rendered to words (no
stripped brackets or stars), cut at a word boundary with an ellipsis."""

from __future__ import annotations

from mojito.web.services.gallery import excerpt, plain_text


def test_markdown_becomes_the_words_a_reader_sees():
    md = "A loop over `List[Float64]` computing *z* = `z*z + c`, see [the docs](https://x.y/z).\nNext line."
    assert plain_text(md) == "A loop over List[Float64] computing z = z*z + c, see the docs. Next line."


def test_excerpts_never_cut_a_word():
    text = "The order of loops alone changes the speed several times over"
    short = excerpt(text, 40)
    assert short == "The order of loops alone changes the…" and len(short) <= 41
    assert excerpt("short enough", 40) == "short enough"


def test_the_gallery_shows_clean_excerpts(lite):
    html = lite.client.get("/gallery").text
    assert "List[Float64]" in html and "ListFloat64" not in html
    assert "z*z + c" in html and "zz + c" not in html
    assert "speed s<" not in html and "compiled <" not in html
