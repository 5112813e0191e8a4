"""Compiler limits: hostile or runaway input ends in a clean compile error that says which limit
was hit (and, for instantiations, the chain that led there), never a Python exception, an
exhausted memory limit or a hang; compilation in a notebook session is interruptible."""

from __future__ import annotations

import threading
import time

import pytest
from mojito.compiler import limits
from mojito.compiler.diagnostics import CompileError
from mojito.compiler.driver import compile_source
from mojito.compiler.session import MojoInterrupted, Session

pytestmark = pytest.mark.timeout(300)


def first_error(src: str) -> str:
    with pytest.raises(CompileError) as info:
        compile_source(src, "t.mojo")
    return str(info.value)


def main(body: str) -> str:
    return "def main():\n" + "".join("    " + line + "\n" for line in body.splitlines())


@pytest.mark.parametrize("expr", ["2 ** 2 ** 40", "1 << (1 << 40)", "10 ** 5000 * 10 ** 5000",
                                  "(10 ** 3000) ** 3"])
def test_huge_folded_integers_are_a_compile_error_not_a_memory_hog(expr: str) -> None:
    t0 = time.monotonic()
    msg = first_error(main(f"print({expr})"))
    assert "too large" in msg and f"{limits.MAX_CONST_BITS} bits" in msg
    assert time.monotonic() - t0 < 20


def test_huge_folded_strings_are_a_compile_error() -> None:
    assert "compile-time string" in first_error(main("print('ab' * 100000000000)"))
    assert "compile-time string" in first_error(
        "comptime s = 'x' * 1000000\ncomptime t = s + s\n" + main("print(t)"))


def test_typed_integer_constants_wrap_like_at_run_time_instead_of_growing() -> None:
    compiled = compile_source(main("var x: Int = 3\ncomptime big: Int = 3\nprint(big ** 100000)"), "t.mojo")
    assert compiled.objects


def test_deep_nesting_is_a_syntax_error_not_a_recursion_error() -> None:
    assert "nested too deeply" in first_error(main("print(" + "(" * 500 + "1" + ")" * 500 + ")"))
    assert "nested too deeply" in first_error(main("print(" + "-" * 3000 + "1)"))
    assert "nested too deeply" in first_error(main("print(" + "not " * 3000 + "True)"))
    assert "nested too deeply" in first_error(main("print(" + "1+" * 5000 + "1)"))
    assert "nested too deeply" in first_error(main("var x = " + "[" * 400 + "]" * 400))
    blocks = "".join("    " * i + "if True:\n" for i in range(300)) + "    " * 300 + "pass"
    assert "nested too deeply" in first_error(main(blocks))


def test_nesting_below_the_limits_compiles() -> None:
    src = main("var x = 1\nprint(" + "(" * 150 + "x" + ")" * 150 + ")\nprint(" + "x+" * 900 + "x)")
    assert compile_source(src, "t.mojo").objects


def test_oversized_and_malformed_literals_are_compile_errors() -> None:
    assert "integer literal is too large" in first_error(main("print(" + "9" * 5000 + ")"))
    assert "floating-point literal" in first_error(main("print(1e999999999)"))
    assert "invalid integer literal" in first_error(main("print(0x_)"))
    assert "invalid escape" in first_error(main("print('\\xZZ')"))
    assert "invalid escape" in first_error(main("print('\\UFFFFFFFF')"))


def test_self_containing_structs_are_reported_with_the_fields_that_close_the_cycle() -> None:
    msg = first_error("struct S:\n    var s: S\n\n" + main("pass"))
    assert "struct 'S' contains itself (S.s)" in msg
    msg = first_error("@fieldwise_init\nstruct A:\n    var b: B\n@fieldwise_init\nstruct B:\n    var a: Tuple[Int, A]\n"
                      + main("pass"))
    assert "contains itself (A.b -> B.a)" in msg


def test_runaway_recursive_instantiation_shows_the_chain() -> None:
    t0 = time.monotonic()
    msg = first_error("def f[n: Int]() -> Int:\n    return f[n + 1]()\n\n" + main("print(f[0]())"))
    assert time.monotonic() - t0 < 120
    assert "recursive instantiation of 'f[" in msg and "is too deep" in msg
    assert "note: in instantiation of 'f[998]' requested here" in msg
    assert "t.mojo:5:11: note: in instantiation of 'f[0]' requested here" in msg  # where it started
    assert "more instantiations" in msg


def test_an_instantiation_explosion_stops_at_the_count_limit_with_its_chain() -> None:
    src = ("def f[n: Int]() -> Int:\n    comptime if n > 100000:\n        return n\n    else:\n"
           "        return f[n * 2]() + f[n * 2 + 1]()\n\n" + main("print(f[1]())"))
    msg = first_error(src)
    assert f"too many generic instantiations in one compilation (more than {limits.MAX_INSTANTIATIONS})" in msg
    assert "note: in instantiation of 'f[1]' requested here" in msg


def test_runaway_generic_struct_instantiation_is_bounded() -> None:
    src = ("struct W[T: AnyType]:\n    var x: Int\n    def __init__(out self):\n        self.x = 0\n"
           "    def g(self):\n        var w = W[W[T]]()\n        w.g()\n\n" + main("var w = W[Int]()\nw.g()"))
    msg = first_error(src)
    assert "recursive instantiation of 'W[W[W[" in msg and "..." in msg


def test_comptime_if_stops_a_recursion_as_in_mojo() -> None:
    src = ("def f[n: Int]() -> Int:\n    comptime if n >= 50:\n        return n\n    else:\n"
           "        return f[n + 1]()\n\n" + main("print(f[0]())"))
    assert compile_source(src, "t.mojo").objects


def test_a_million_step_comptime_for_is_refused_before_unrolling() -> None:
    t0 = time.monotonic()
    msg = first_error(main("var s = 0\ncomptime for i in range(1000000):\n    s += i\nprint(s)"))
    assert "'comptime for' would unroll 1000000 iterations" in msg
    assert time.monotonic() - t0 < 20


def test_interrupting_a_long_compilation_stops_it_and_the_session_stays_usable() -> None:
    s = Session(output=lambda stream, text: None)
    src = ("def f[n: Int]() -> Int:\n    comptime if n >= 900:\n        return n\n    else:\n"
           "        return f[n + 1]()\n\nprint(f[0]())\n")
    done = threading.Event()

    def keep_interrupting() -> None:  # as the kernel does: until the cell has ended
        time.sleep(0.5)
        while not done.is_set():
            s.interrupt()
            time.sleep(0.05)

    t = threading.Thread(target=keep_interrupting)
    t.start()
    t0 = time.monotonic()
    try:
        with pytest.raises(MojoInterrupted, match="while compiling"):
            s.execute(src, 1)
    finally:
        done.set()
        t.join()
    assert time.monotonic() - t0 < 20
    assert s.execute("def g() -> Int:\n    return 41\n\ng() + 1", 2).value == "42"


def test_hostile_and_odd_cells_never_crash_a_session() -> None:
    """Every cell ends in a value, a compile error or a run-time error: never MojitoInternalError."""
    from mojito.compiler.diagnostics import MojitoInternalError
    from mojito.compiler.session import MojoError

    s = Session(output=lambda stream, text: None)
    cells = {
        "struct P:\n    var x: Int\n    def __init__(out self):\n        self.x = 1\nP()": None,  # not Writable
        "None": None, "{1: 2}": "{1: 2}", "{1, 2}": "{1, 2}", "(1, 'a')": "(1, a)",
        "print": CompileError, "Int": CompileError, "(print, 1)": CompileError, "2 ** 2 ** 40": CompileError,
        "'x' * 10 ** 7": CompileError, "(" * 300: CompileError, "9" * 5000: CompileError,
        "comptime for i in range(5000):\n    pass": CompileError,
        "def g[n: Int]() -> Int:\n    return g[n + 1]()\ng[0]()": CompileError,
        "struct S:\n    var s: S": CompileError,
        "var l: List[Int] = [1]\nl.insert(-1, 2)": MojoError,
        "l.insert(2, 5)": MojoError,
        "l": "[1]",
        'var big = String("ab") * 4000000000000000\nprint(big.byte_length())': MojoError,  # out of memory
        "l + [2]": "[1, 2]",
    }
    for i, (cell, expected) in enumerate(cells.items(), 1):
        try:
            value = s.execute(cell, i).value
        except MojitoInternalError as exc:
            raise AssertionError(f"cell {cell[:60]!r} crashed the compiler: {exc}") from exc
        except (CompileError, MojoError) as exc:
            assert isinstance(expected, type) and isinstance(exc, expected), (cell[:60], exc)
            continue
        assert value == expected, (cell[:60], value)


def test_an_infinite_recursion_in_a_cell_stops_on_interrupt() -> None:
    """LLVM turns `return f(n + 1)` into a loop with no back-edge of ours: functions poll the
    interrupt flag on entry in a notebook session."""
    s = Session(output=lambda stream, text: None)
    s.execute("def f(n: Int) -> Int:\n    return f(n + 1)", 1)
    done = threading.Event()

    def keep_interrupting() -> None:
        time.sleep(0.5)
        while not done.is_set():
            s.interrupt()
            time.sleep(0.05)

    t = threading.Thread(target=keep_interrupting)
    t.start()
    try:
        with pytest.raises(MojoInterrupted):
            s.execute("f(0)", 2)
    finally:
        done.set()
        t.join()
    assert s.execute("40 + 2", 3).value == "42"


def test_a_compiler_crash_on_the_command_line_is_an_internal_compiler_error_without_traceback(tmp_path) -> None:
    import subprocess
    import sys

    prog = tmp_path / "p.mojo"
    prog.write_text("def main():\n    print(1)\n")
    crash = ("import sys\nfrom mojito.compiler.check import checker\n"
             "def broken(self, s):\n    raise ZeroDivisionError('boom')\n"
             "checker.Checker.stmt = broken\nfrom mojito.compiler import compile_cli\n"
             f"sys.exit(compile_cli.main(['build', {str(prog)!r}, '-o', {str(tmp_path / 'p')!r}]))\n")
    proc = subprocess.run([sys.executable, "-c", crash], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert "mojito: internal compiler error: ZeroDivisionError: boom" in proc.stderr
    assert "Please report it" in proc.stderr and "Traceback" not in proc.stderr
