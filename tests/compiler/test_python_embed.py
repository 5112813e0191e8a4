"""`mojito build` of programs that use std.python: the executable embeds this environment's
interpreter (numpy included) and runs without it on PATH; programs that do not use Python link no
libpython; a Python without a shared library is reported in words."""

from __future__ import annotations

import subprocess
import sysconfig
from pathlib import Path

import pytest
from mojohelpers import mojito

from mojito.compiler import python_embed

PROGRAMS = Path(__file__).parent / "programs"


def _build(src: Path, out: Path) -> None:
    proc = mojito("build", str(src), "-o", str(out))
    assert proc.returncode == 0, proc.stderr


def test_a_built_program_runs_python_and_numpy_in_a_bare_environment(tmp_path: Path) -> None:
    src = PROGRAMS / "python" / "numpy_arrays.mojo"
    exe = tmp_path / "numpy_arrays"
    _build(src, exe)
    # No PATH to this venv, no PYTHONPATH: what it needs was recorded when it was built.
    proc = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60, cwd=tmp_path,
                          env={"PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == src.with_suffix(".expected").read_text()


def test_a_python_exception_in_a_built_program_is_mojos_unhandled_error(tmp_path: Path) -> None:
    src = tmp_path / "fails.mojo"
    src.write_text('from std.python import Python\n\ndef main() raises:\n'
                   '    print("before")\n    _ = Python.import_module("surely_not_a_module")\n')
    exe = tmp_path / "fails"
    _build(src, exe)
    proc = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin"})
    assert proc.returncode == 1
    assert proc.stdout == "before\n"
    assert "Unhandled exception caught during execution: No module named 'surely_not_a_module'" in proc.stderr


def test_programs_without_python_do_not_link_libpython(tmp_path: Path) -> None:
    src = tmp_path / "plain.mojo"
    src.write_text('def main():\n    print("plain")\n')
    exe = tmp_path / "plain"
    _build(src, exe)
    assert subprocess.run([str(exe)], capture_output=True, text=True).stdout == "plain\n"
    ldd = subprocess.run(["ldd", str(exe)], capture_output=True, text=True).stdout
    assert "libpython" not in ldd


def test_a_python_without_a_shared_library_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    real = sysconfig.get_config_var
    fake = {"LDVERSION": "9.99", "Py_ENABLE_SHARED": 0, "LIBDIR": "/nonexistent"}
    monkeypatch.setattr(sysconfig, "get_config_var", lambda name: fake.get(name, real(name)))
    with pytest.raises(python_embed.NoLibPython) as info:
        python_embed.link_flags()
    assert "uses std.python" in str(info.value) and "without a shared libpython" in str(info.value)


def test_which_programs_use_python() -> None:
    assert python_embed.uses_python("from std.python import Python\n")
    assert python_embed.uses_python("import std.python\n")
    assert python_embed.uses_python("def main():\n    pass\nfrom python import PythonObject\n")
    assert not python_embed.uses_python("# from std.python import Python\ndef main():\n    pass\n")
