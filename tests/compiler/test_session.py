"""The notebook session engine (what the Jupyter kernel drives): REPL semantics, errors, interrupts."""

from __future__ import annotations

import threading
import time

import pytest
from mojito.compiler.diagnostics import CompileError
from mojito.compiler.session import MojoError, MojoInterrupted, Session


@pytest.fixture(scope="module")
def out() -> list[tuple[str, str]]:
    return []


@pytest.fixture(scope="module")
def s(out: list) -> Session:
    return Session(output=lambda stream, text: out.append((stream, text)))


def test_output_is_streamed_and_bare_expression_is_the_value(s: Session, out: list) -> None:
    out.clear()
    r = s.execute('print("hello", 1 + 1)\n6 * 7', 1)
    assert out == [("stdout", "hello 2\n")]
    assert r.value == "42"


def test_definitions_and_vars_persist_across_cells(s: Session) -> None:
    s.execute("var total = 10\ndef twice(n: Int) -> Int:\n    return n * 2\n", 2)
    s.execute("total += twice(5)", 3)
    assert s.execute("total", 4).value == "20"


def test_redefinition_reaches_earlier_callers(s: Session) -> None:
    s.execute("def base(n: Int) -> Int:\n    return n + 1\n\ndef caller(n: Int) -> Int:\n    return base(n) * 10\n", 5)
    assert s.execute("caller(1)", 6).value == "20"
    s.execute("def base(n: Int) -> Int:\n    return n + 100\n", 7)
    assert s.execute("caller(1)", 8).value == "1010"


def test_structs_persist_and_print(s: Session) -> None:
    s.execute("@fieldwise_init\nstruct Pt(Copyable, Writable):\n    var x: Int\n    var y: Int\n"
              "    def write_to(self, mut writer: Some[Writer]):\n        writer.write('(', self.x, ', ', self.y, ')')\n", 9)
    assert s.execute("var p = Pt(1, 2)\np", 10).value == "(1, 2)"
    assert s.execute("p.x + p.y", 11).value == "3"


def test_compile_error_names_the_cell_and_changes_nothing(s: Session) -> None:
    with pytest.raises(CompileError) as exc:
        s.execute("var broken: Int = 'x'\ndef nope() -> Int:\n    return 1\n", 12)
    assert str(exc.value).startswith("cell[12]:1:19: error: cannot implicitly convert")
    with pytest.raises(CompileError):
        s.execute("print(broken)", 13)
    with pytest.raises(CompileError):
        s.execute("print(nope())", 14)


def test_runtime_errors_leave_the_session_usable(s: Session, out: list) -> None:
    with pytest.raises(MojoError, match="boom"):
        s.execute("raise Error('boom')", 15)
    out.clear()
    with pytest.raises(MojoError, match=r"cell\[16\]:2:11: Assert Error: index 7 is out of bounds"):
        s.execute("var xs: List[Int] = [1, 2]\nvar v = xs[7]", 16)
    assert s.execute("total + 1", 17).value == "21"


def test_interrupt_stops_an_infinite_native_loop(s: Session) -> None:
    timer = threading.Timer(0.3, s.interrupt)
    timer.start()
    t = time.perf_counter()
    with pytest.raises(MojoInterrupted):
        s.execute("var spins = 0\nwhile True:\n    spins += 1", 18)
    assert time.perf_counter() - t < 5
    assert s.execute("1 + 1", 19).value == "2"


def test_mojo_functions_are_python_callables(s: Session) -> None:
    s.execute("def scale(x: Float64, k: Int) -> Float64:\n    return x * Float64(k)\n\n"
              "def shout(s: String) raises -> String:\n    if s == '':\n        raise Error('empty')\n"
              "    return s + '!'\n", 20)
    fns = s.python_functions()
    assert fns["scale"](1.5, 4) == 6.0
    assert fns["shout"]("hey") == "hey!"
    with pytest.raises(RuntimeError, match="empty"):
        fns["shout"]("")
    with pytest.raises(TypeError):
        fns["scale"](1.0)


def test_completion_inspection_and_is_complete(s: Session) -> None:
    matches, start, end = s.complete("print(tw", 8)
    assert "twice" in matches and (start, end) == (6, 8)
    assert {"x", "y"} <= set(s.complete("p.", 2)[0])
    assert "std.math" in s.complete("from std.ma", 11)[0]
    assert "def twice(n: Int) -> Int" in (s.inspect("twice", 3) or "")
    assert s.is_complete("def f():") == ("incomplete", "    ")
    assert s.is_complete("print(1") [0] == "incomplete"
    assert s.is_complete("print(1)") == ("complete", "")
    assert s.is_complete("var = = 3")[0] == "invalid"


def test_lists_cross_between_python_and_mojo(s: Session) -> None:
    s.execute("def scaled(xs: List[Float64], k: Float64) -> List[Float64]:\n    var out = List[Float64]()\n"
              "    for x in xs:\n        out.append(x * k)\n    return out^\n\n"
              "def total(xs: List[Int]) -> Int:\n    var t = 0\n    for x in xs:\n        t += x\n    return t\n", 21)
    fns = s.python_functions()
    assert fns["scaled"]([1.0, 2.5], 2.0) == [2.0, 5.0]
    assert fns["total"](list(range(101))) == 5050
    with pytest.raises(TypeError):
        fns["total"]((1, 2))
    with pytest.raises(TypeError):
        fns["total"]([1, "x"])


def test_a_mojo_call_from_python_can_be_interrupted(s: Session) -> None:
    s.execute("def spin(n: Int) -> Int:\n    var k = n\n    while True:\n        k += 1\n    return k\n", 22)
    spin = s.python_functions()["spin"]
    timer = threading.Timer(0.3, s.interrupt)
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        spin(1)
    assert s.python_functions()["total"]([1, 2]) == 3  # still usable afterwards


def _session_with_r(field: str) -> tuple[Session, list[str]]:
    """A session with `struct R` whose destructor prints its field `n` (of type `field`)."""
    out: list[str] = []
    s = Session(output=lambda stream, text: out.append(text))
    s.execute(f'struct R:\n    var n: {field}\n    def __init__(out self, n: {field}):\n        self.n = n\n'
              '    def __deinit__(deinit self):\n        print("drop", self.n)\n', 1)
    return s, out


def test_a_redefined_session_variable_is_destroyed() -> None:
    s, out = _session_with_r("String")
    s.execute('var r = R("one")', 2)
    s.execute('var r = R("two")', 3)
    s.execute('print("now", r.n)', 4)
    assert "".join(out) == "drop one\nnow two\n"


def test_values_inside_a_cell_die_at_their_last_use() -> None:
    s, out = _session_with_r("Int")
    s.execute('def f():\n    var a = R(1)\n    print("use", a.n)\n    print("after")\n\nf()', 2)
    assert "".join(out) == "use 1\ndrop 1\nafter\n"


def test_a_function_sees_the_session_variables_of_its_own_cell(s: Session) -> None:
    s.execute("var rate = 3\ndef scaled(n: Int) -> Int:\n    return n * rate\n", 40)
    assert s.execute("scaled(5)", 41).value == "15"


_POINT = (
    "@fieldwise_init\nstruct Point(Copyable, Writable):\n    var x: Int\n    var y: Int\n"
    "    def write_to(self, mut w: Some[Writer]):\n        w.write('(', self.x, ', ', self.y, ')')\n"
    "var p = Point(1, 2)\nprint(p)\n"
)


@pytest.mark.parametrize("first_cell", ["from collections import Dict", "let a = 1"])
def test_modern_code_after_an_older_spelling_still_runs(first_cell: str, out: list) -> None:
    # An unprefixed import is how Mojo was written until the `std.` prefix: it must not turn the
    # notebook into 2023 code; and in a 2023 notebook a 1.2 `write_to` still prints (it crashed
    # the compiler: 2023 `def`s raise, `print` calls write_to as non-raising).
    s = Session(output=lambda stream, text: out.append(text))
    s.execute(first_cell, 1)
    out.clear()
    s.execute(_POINT, 2)
    assert "".join(out) == "(1, 2)\n"


def test_a_cell_that_fails_to_compile_takes_back_the_generic_instances_it_made(s: Session, out: list) -> None:
    # The failed cell instantiated show[Int] before its error; the next cell must compile it
    # again, not find a declared but never compiled instance ("JIT symbols not found" before).
    s.execute("def show[T: Writable](x: T):\n    print('value:', x)\n", 50)
    with pytest.raises(CompileError):
        s.execute('show(3)\nvar bad: Int = "oops"\n', 51)
    out.clear()
    s.execute("show(3)\nshow(2.5)\n", 52)
    assert "".join(t for _, t in out) == "value: 3\nvalue: 2.5\n"


def test_a_moved_session_variable_is_gone_and_says_so() -> None:
    s, out = _session_with_r("String")
    s.execute('def take(var r: R):\n    print("took", r.n)\n\nvar a = R("a")', 2)
    s.execute("take(a^)", 3)
    with pytest.raises(CompileError, match=r"'a' was moved away \('a\^'\) in cell\[3\]"):
        s.execute("print(a.n)", 4)
    with pytest.raises(CompileError, match="cannot move the session variable 'b' inside a function"):
        s.execute('var b = R("b")\ndef f():\n    take(b^)\n', 5)
    s.close()  # `a` is not destroyed a second time
    assert "".join(out) == "took a\ndrop a\n"


def test_closing_the_session_destroys_its_variables() -> None:
    s, out = _session_with_r("String")
    s.execute('var one = R("one")\nvar n = 2\nvar rs = [R("x"), R("y")]', 2)
    s.close()
    assert "".join(out) == "drop one\ndrop x\ndrop y\n"
    s.close()  # nothing is left to destroy
    assert "".join(out) == "drop one\ndrop x\ndrop y\n"


def test_inline_mlir_cells_in_the_2023_style() -> None:
    """A Bool of its own from `i1`, cell by cell, redefined as it grows (the 2023 notebooks' way)."""
    out: list[str] = []
    s = Session(output=lambda stream, text: out.append(text) if stream == "stdout" else None)
    s.execute('struct Bit:\n    var v: __mlir_type.i1\n\n    fn __init__(inout self):\n'
              '        self.v = __mlir_op.`index.bool.constant`[\n            value=__mlir_attr.false,\n        ]()', 1)
    s.execute("var b = Bit()", 2)
    s.execute('alias On = Bit(__mlir_attr.true)\nalias Off: Bit = __mlir_attr.false\n\n'
              '@register_passable("trivial")\nstruct Bit:\n    var v: __mlir_type.i1\n\n'
              '    fn __init__(inout self, v: __mlir_type.i1):\n        self.v = v\n\n'
              '    fn __mlir_i1__(self) -> __mlir_type.i1:\n        return self.v\n\n'
              '    fn __eq__(self, rhs: Bit) -> Self:\n'
              '        var l = __mlir_op.`index.casts`[_type=__mlir_type.index](self.v)\n'
              '        var r = __mlir_op.`index.casts`[_type=__mlir_type.index](rhs.v)\n'
              '        return Self(__mlir_op.`index.cmp`[pred=__mlir_attr.`#index<cmp_predicate eq>`](l, r))\n\n'
              '    fn __invert__(self) -> Self:\n        return Off if self == On else On', 3)
    s.execute('var c = On\nvar d = c\nif d: print("on")\nif ~Off: print("not off")', 4)
    assert "".join(out) == "on\nnot off\n"
    with pytest.raises(CompileError, match="the MLIR operation 'pop.xor' is not supported by Mojito"):
        s.execute("var x = __mlir_op.`pop.xor`(1, 2)", 5)


def test_list_and_optional_members_complete_with_signatures() -> None:
    s = Session()
    s.execute('var xs = [1, 2]\nvar name = Optional[String]("ada")', 1)
    items, _, _ = s.completions("xs.", 3)
    sigs = {c.text: c.signature for c in items}
    assert sigs["append"] == "def append(mut self, var value: Int)"
    assert sigs["pop"] == "def pop(mut self, i: Int = -1) -> Int"
    assert "swap_elements" in sigs and "Int" in sigs["unsafe_get"]  # written in the library
    assert not {"eq", "iter", "repr"} & set(sigs)  # the library's helpers are no methods
    items, _, _ = s.completions("name.", 5)
    sigs = {c.text: c.signature for c in items}
    assert sigs["value"] == "def value(self) -> String" and sigs["or_else"].endswith("-> String")
    assert "take" in sigs


def test_2023_notebooks_use_python_cell_globals_and_stay_2023(monkeypatch: pytest.MonkeyPatch) -> None:
    """The 2023 Playground's Mojo cells used the globals of `%%python` cells (IPython runs those in
    `__main__`), and a cell with no 2023 keyword in a 2023 notebook is read as 2023 code."""
    import sys
    import types

    main = types.ModuleType("__main__")
    exec("def triple(x):\n    return x * 3\n\nbase = 7\n", vars(main))
    monkeypatch.setitem(sys.modules, "__main__", main)
    out: list[str] = []
    s = Session(output=lambda stream, text: out.append(text) if stream == "stdout" else None)
    s.execute("r = triple(base).to_float64()\nprint(r)", 1)
    s.execute("from memory.unsafe import DTypePointer", 2)
    s.execute("def twice(x):\n    return x + x\n\nprint(twice(r))", 3)  # untyped: `object`s (2023)
    assert "".join(out) == "21.0\n42.0\n"
    with pytest.raises(CompileError, match="unknown declaration 'quadruple'"):
        s.execute("print(quadruple(2))", 4)


def test_a_notebook_that_opens_with_untyped_def_arguments_is_2023_code() -> None:
    """The 2023 programming manual's first cell has no 2023 keyword, only `def f(a, b)` (arguments
    of the dynamic `object` type then; Mojo 1.2 rejects untyped arguments): the session reads it,
    and the cells after it, as 2023 code."""
    out: list[str] = []
    err: list[str] = []
    s = Session(output=lambda stream, text: (out if stream == "stdout" else err).append(text))
    s.execute("def differ(a, b):\n    var c = a\n    if c != b:\n        print(b)\n\ndiffer(2, 3)\n", 1)
    assert "argument without a type" in "".join(err)
    s.execute("def show(x):\n    print(x * 2)\n\nshow(21)", 2)
    assert "".join(out) == "3\n42\n"


def test_a_generic_function_takes_a_struct_redefined_in_a_later_cell() -> None:
    """`describe[T: Shape]` called with Circle, then Circle redefined: the new Circle is another type
    with the same name, so it gets its own instance (the old one said 'cannot be converted from
    'Circle' to 'Circle'')."""
    out: list = []
    s = Session(output=lambda stream, text: out.append(text))
    s.execute("trait Shape:\n    def area(self) -> Float64: ...\n", 1)
    s.execute("@fieldwise_init\nstruct Circle(Shape, Copyable):\n    var r: Float64\n"
              "    def area(self) -> Float64:\n        return 3.0 * self.r * self.r\n", 2)
    s.execute("def describe[T: Shape](shape: T) -> Float64:\n    return shape.area()\n", 3)
    assert s.execute("describe(Circle(2.0))", 4).value == "12.0"
    s.execute("@fieldwise_init\nstruct Circle(Shape, Copyable):\n    var d: Float64\n"
              "    def area(self) -> Float64:\n        return self.d\n", 5)
    assert s.execute("describe(Circle(2.0))", 6).value == "2.0"
    assert s.execute("var boxes = List[Circle]()\nboxes.append(Circle(5.0))\nboxes[0].d", 7).value == "5.0"
