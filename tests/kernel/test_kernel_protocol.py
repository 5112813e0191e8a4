"""The `mojo` kernel speaks the Jupyter protocol: jupyter_kernel_test's conformance suite."""
# ruff: noqa: RUF012 - jupyter_kernel_test reads its samples from plain class attributes

import jupyter_kernel_test
import pytest

pytestmark = pytest.mark.timeout(180)


class MojoKernelProtocolTests(jupyter_kernel_test.KernelTests):
    kernel_name = "mojo"
    language_name = "mojo"
    file_extension = ".mojo"

    code_hello_world = 'print("hello, world")'
    code_stderr = "%%python\nimport sys\nprint('to stderr', file=sys.stderr)"

    # A Mojo cell, a struct member and a std module member.
    completion_samples = [
        {"text": "pri", "matches": {"print", "print_no_newline"}},
        {"text": "from std.sy", "matches": {"std.sys"}},
    ]
    complete_code_samples = ['print("done")', "var x = 1", "def f() -> Int:\n    return 1\n\n"]
    incomplete_code_samples = ["def f() -> Int:", "var xs = [1,\n  2,", "for i in range(3):\n    print(i)"]
    invalid_code_samples = ["var = = 3", "print(1))"]

    code_display_data = [
        {"code": "%%python\nfrom IPython.display import HTML, display\ndisplay(HTML('<b>Mojo</b>'))",
         "mime": "text/html"},
    ]
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "1.5 + 1.0", "result": "2.5"},
        {"code": "%%python\n2 ** 10", "result": "1024"},
    ]
    code_page_something = "%%python\nprint?"
    code_clear_output = "%%python\nfrom IPython.display import clear_output\nclear_output()"
    # A compile error: nothing of the cell runs, so the error is the only output.
    code_generate_error = "var y: Int = 'not a number'"
    code_inspect_sample = "std.sys"
    code_history_pattern = "6 * ?"
    supported_history_operations = ("tail", "range", "search")
