"""Which cells of the Mojo kernel are Mojo, Python, or left to IPython."""

from mojito.kernel.cells import CellKind, classify, help_request, python_cursor_offset, strip_python_marker


def test_plain_source_is_mojo():
    assert classify("var x = 1\nprint(x)") is CellKind.MOJO
    assert classify("def f() -> Int:\n    return 1 % 2\n") is CellKind.MOJO


def test_python_marker_makes_a_python_cell_and_is_stripped():
    source = "\n%%python\nimport math\nmath.pi\n"
    assert classify(source) is CellKind.PYTHON
    assert strip_python_marker(source) == "import math\nmath.pi\n"
    assert source[python_cursor_offset(source):] == "import math\nmath.pi\n"


def test_other_script_magics_are_not_python_cells():
    # IPython's %%python3 runs a subprocess; only the exact %%python marker means "this process".
    assert classify("%%python3\nprint(1)") is CellKind.IPYTHON_MAGIC
    assert classify("%%pythonic\nx") is CellKind.IPYTHON_MAGIC


def test_cell_magics_and_all_magic_cells_go_to_ipython():
    assert classify("%%time\nvar x = 1") is CellKind.IPYTHON_MAGIC
    assert classify("%pip install numpy\n!ls\n") is CellKind.IPYTHON_MAGIC
    # A magic line among Mojo lines does not turn the cell into IPython.
    assert classify("%who\nvar x = 1") is CellKind.MOJO


def test_a_lone_name_with_question_mark_is_a_help_request():
    assert help_request("manhattan?") == "manhattan"
    assert help_request("  std.sys?? \n") == "std.sys"
    assert help_request("x = y?") is None
