"""Python from Mojo cells (std.python) in the `mojo` kernel: one interpreter shared with %%python
cells, numpy, matplotlib figures shown inline, Python exceptions caught in Mojo, no leaks."""

import pytest
from kernelclient import running_kernel

pytestmark = pytest.mark.timeout(300)


def _images(reply) -> list[str]:
    return [d["image/png"] for d in reply.displays() if "image/png" in d]


def test_mojo_cells_use_numpy_python_names_and_matplotlib():
    with running_kernel() as k:
        r = k.run("%%python\nsecret = 41\ndef twice(x):\n    return 2 * x\n")
        assert r.status == "ok", r.outputs
        r = k.run("from std.python import Python, PythonObject\n"
                  "var main_module = Python.import_module('__main__')\n"
                  "print(main_module.secret + 1, main_module.twice(21))")
        assert r.text() == "42 42\n", r.outputs

        r = k.run("var np = Python.import_module('numpy')\nvar a = np.arange(100)\nprint(a.sum(), a.dtype)")
        assert r.text() == "4950 int64\n", r.outputs

        # A name a Mojo cell gives to Python is there for the next %%python cell.
        r = k.run("main_module.from_mojo = np.ones(3) * 2")
        assert r.status == "ok", r.outputs
        r = k.run("%%python\nprint(from_mojo.tolist())")
        assert r.text() == "[2.0, 2.0, 2.0]\n", r.outputs

        r = k.run("var plt = Python.import_module('matplotlib.pyplot')\n"
                  "var fig = plt.figure(figsize=Python.tuple(3, 2))\n"
                  "_ = plt.plot(Python.list(1, 4, 9, 16))\n"
                  "print('plotted')")
        assert r.text() == "plotted\n", r.outputs
        images = _images(r)
        assert len(images) == 1 and len(images[0]) > 1000, r.outputs  # a base64 PNG, shown with the cell


def test_a_python_exception_is_a_mojo_error_that_can_be_caught_or_shown():
    with running_kernel() as k:
        r = k.run("from std.python import Python\n"
                  "try:\n    _ = Python.import_module('no_such_module_here')\n"
                  "except e:\n    print('caught:', e)")
        assert r.text() == "caught: No module named 'no_such_module_here'\n", r.outputs
        r = k.run("_ = Python.evaluate('1 / 0')")
        assert r.status == "error"
        assert "division by zero" in r.content["evalue"], r.content
        assert k.run("print('still here')").text() == "still here\n"


def test_ten_thousand_python_calls_do_not_grow_memory():
    with running_kernel() as k:
        code = ("var text = PythonObject('a-b-c-d')\n"
                "for _ in range(10000):\n"
                "    var parts = text.split('-')\n"
                "    _ = len(parts)\n")
        assert k.run("from std.python import Python, PythonObject\n"
                     "var sys = Python.import_module('sys')\nvar gc = Python.import_module('gc')").status == "ok"
        assert k.run(code).status == "ok"  # warm-up: caches, compiled code
        before = k.run("_ = gc.collect()\nprint(sys.getallocatedblocks())").text()
        assert k.run(code).status == "ok"
        after = k.run("_ = gc.collect()\nprint(sys.getallocatedblocks())").text()
        grown = int(after) - int(before)
        # A cell itself costs a few hundred blocks (history, compiled code); 10,000 leaked lists of
        # four strings would be 50,000.
        assert grown < 2000, (before, after)
