"""The `mojito` command: exit codes, diagnostics, caching, build."""

import subprocess
from pathlib import Path

from mojito.compiler import __version__
from mojohelpers import mojito


def test_version() -> None:
    p = mojito("--version")
    assert p.returncode == 0 and __version__ in p.stdout


def test_compile_error_exit_code_and_rendering(tmp_path: Path) -> None:
    f = tmp_path / "bad.mojo"
    f.write_text("def main():\n    var x: Int = 'three'\n    print(y)\n")
    p = mojito("run", str(f))
    assert p.returncode == 1
    assert p.stdout == ""
    lines = p.stderr.splitlines()
    assert lines[0] == f"{f}:2:18: error: cannot implicitly convert 'StringLiteral[\"three\"]' value to 'Int'"
    assert lines[1] == "        var x: Int = 'three'"
    assert lines[2] == "                     ^~~~~~~"
    assert any(":3:11: error: use of unknown declaration 'y'" in line for line in lines)
    assert "Traceback" not in p.stderr


def test_program_exit_status_is_passed_through_and_missing_file_is_clear(tmp_path: Path) -> None:
    p = mojito("run", str(tmp_path / "nope.mojo"))
    assert p.returncode == 1 and "cannot read" in p.stderr


def test_missing_main_is_a_compile_error(tmp_path: Path) -> None:
    f = tmp_path / "nomain.mojo"
    f.write_text("def f():\n    pass\n")
    p = mojito("run", str(f))
    assert p.returncode == 1 and "no 'main' function" in p.stderr


def test_second_run_comes_from_the_cache(tmp_path: Path) -> None:
    from mojito.compiler import driver

    src = "def main():\n    print('cached')\n"
    first = driver.compile_source(src, "c.mojo")
    second = driver.compile_source(src, "c.mojo")
    assert not first.from_cache and second.from_cache
    assert second.objects == first.objects
    changed = driver.compile_source(src, "c.mojo", driver.Options(fp_contract=False))
    assert not changed.from_cache


def test_build_writes_a_working_executable(tmp_path: Path) -> None:
    f = tmp_path / "hello.mojo"
    f.write_text("from std.sys import argv\n\ndef main():\n    var a = argv()\n    print('hello', len(a))\n")
    exe = tmp_path / "hello"
    p = mojito("build", str(f), "-o", str(exe))
    assert p.returncode == 0, p.stderr
    out = subprocess.run([str(exe), "x", "y"], capture_output=True, text=True)
    assert out.stdout == "hello 3\n"


def test_legacy_warning_is_printed_and_program_still_runs(tmp_path: Path) -> None:
    f = tmp_path / "old.mojo"
    f.write_text("fn main():\n    let x = 2\n    print(x * 21)\n")
    p = mojito("run", str(f))
    assert p.returncode == 0 and p.stdout == "42\n"
    assert "'fn' is the 2023 Mojo spelling; Mojo 1.2 uses 'def'" in p.stderr
