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


def test_the_session_survives_a_failed_cell(shell):
    assert not run(shell, '%%mojo\nvar broken: Int = "x"').success
    assert run(shell, "%%mojo\nhalf + 1.0").result.text == "1.5"
