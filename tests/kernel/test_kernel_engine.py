"""The `%%mojo` magic in an in-process IPython shell: how results and failures look to the user."""

import pytest
from IPython.core.interactiveshell import InteractiveShell

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def shell():
    ipython = InteractiveShell.instance()
    ipython.run_line_magic("load_ext", "mojito.kernel")
    yield ipython
    InteractiveShell.clear_instance()


def run(shell, source):
    return shell.run_cell(source, store_history=True)


def test_trailing_expression_is_the_cell_result_shown_as_mojo_prints_it(shell, capsys):
    result = run(shell, "%%mojo\nvar half = 0.5\nhalf * 3")
    assert result.success
    assert repr(result.result) == "1.5"  # Out[N] shows Mojo's text, not a quoted Python string
    assert "Out[" in capsys.readouterr().out


def test_a_compiler_crash_is_reported_as_a_mojito_bug_with_the_python_traceback(shell, capsys, monkeypatch):
    session = shell.mojo_engine.session

    def broken_execute(source, cell_id):
        raise AttributeError("'FuncInfo' object has no attribute 'x'")

    monkeypatch.setattr(session, "execute", broken_execute)
    result = run(shell, "%%mojo\nprint(1)")
    assert not result.success
    shown = capsys.readouterr().out
    assert "MojitoInternalError: the Mojo compiler failed on this cell" in shown
    assert "This is a bug in Mojito, not in your code" in shown
    assert "broken_execute" in shown  # the traceback a maintainer needs


def test_every_compiler_crash_is_a_mojito_internal_error_in_jupyter(shell, capsys, monkeypatch):
    """Jupyter names the error after the exception's class: a compiler crash must be called
    MojitoInternalError there too, never RecursionError or ValueError."""
    session = shell.mojo_engine.session

    def deep(source, cell_id):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(session, "execute", deep)
    result = run(shell, "%%mojo\nprint(1)")
    assert type(result.error_in_exec).__name__ == "MojitoInternalError"
    shown = capsys.readouterr().out
    assert "MojitoInternalError: the Mojo compiler failed on this cell (RecursionError" in shown
    assert "please report it at" in shown


def test_hostile_cells_are_compile_errors_and_the_session_goes_on(shell, capsys):
    for cell in ("print(2 ** 2 ** 40)", "print(" + "(" * 500 + "1" + ")" * 500 + ")",
                 "print(" + "9" * 5000 + ")", "struct S:\n    var s: S",
                 "def f[n: Int]() -> Int:\n    return f[n + 1]()\nf[0]()"):
        result = run(shell, "%%mojo\n" + cell)
        assert type(result.error_in_exec).__name__ == "CompileError", cell[:40]
    assert "Traceback" not in capsys.readouterr().out
    assert run(shell, "%%mojo\n6 * 7").result.text == "42"


def test_the_session_survives_a_failed_cell(shell):
    assert not run(shell, '%%mojo\nvar broken: Int = "x"').success
    assert run(shell, "%%mojo\nhalf + 1.0").result.text == "1.5"
