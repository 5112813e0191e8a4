"""Cells written for the 2023 Mojo Playground run in the `mojo` kernel, each 2023 spelling named in
a warning box with its Mojo 1.2 form (issue 11)."""

import pytest
from kernelclient import running_kernel

pytestmark = pytest.mark.timeout(180)


def _warnings(reply) -> str:
    return "".join(d["text/plain"] for d in reply.displays() if "mojito-warning" in d.get("text/html", ""))


def test_2023_cells_run_with_warnings_that_name_the_new_spelling():
    with running_kernel() as k:
        r = k.run("z = 5\nprint(z)")  # a top-level implicit declaration: a session variable
        assert r.text() == "5\n", r.outputs
        assert "Mojo 1.2 writes 'var z = ...'" in _warnings(r)
        assert k.run("z = z + 1\nprint(z)").text() == "6\n"

        r = k.run("from memory.unsafe import DTypePointer\n"
                  "let p = DTypePointer[DType.f32].alloc(4)\n"
                  "for i in range(4):\n    p.store(i, i * 2)\n"
                  "print(p.simd_load[4](0))\np.free()")
        assert r.text() == "[0.0, 2.0, 4.0, 6.0]\n", r.outputs
        shown = _warnings(r)
        assert "'DType.f32' is the 2023 Mojo spelling; Mojo 1.2 writes 'DType.float32'" in shown
        assert "'DTypePointer' is the 2023 Mojo spelling" in shown

        r = k.run("from python import Python\nlet np = Python.import_module('numpy')\n"
                  "print(np.arange(4).sum())")
        assert r.text() == "6\n", r.outputs
