"""The Pygments lexer we ship for Mojo, found through its entry point."""

from mojito.kernel.kernel import LANGUAGE_INFO
from mojito.kernel.lexer import MojoLexer
from pygments.lexers import get_lexer_by_name
from pygments.token import Keyword, Name

SOURCE = """comptime N = 10
fn scale(inout v: Float64, k: Int):
    v *= k
struct Point(Copyable):
    var x: Int
def main() raises:
    var p = Point(1)  # comment
"""


def test_language_info_names_a_lexer_pygments_finds():
    assert isinstance(get_lexer_by_name(LANGUAGE_INFO["pygments_lexer"]), MojoLexer)


def test_mojo_keywords_types_and_definitions_are_highlighted():
    tokens = [(kind, text) for kind, text in MojoLexer().get_tokens(SOURCE) if text.strip()]
    for word in ("comptime", "fn", "inout", "struct", "var", "def", "raises"):
        assert (Keyword, word) in tokens, word
    assert (Keyword.Type, "Float64") in tokens
    assert (Name.Function, "scale") in tokens
    assert (Name.Class, "Point") in tokens
