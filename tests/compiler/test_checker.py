"""Checker: inference, implicit conversions, literal folding, and diagnostics with exact positions."""

from fractions import Fraction

from mojito.compiler.check import types as T
from mojito.compiler.check.checker import Checker
from mojito.compiler.driver import _stdlib_sources
from mojito.compiler.frontend import ast as A
from mojito.compiler.frontend.parser import parse


def check(src: str) -> tuple[A.Module, list]:
    c = Checker()
    for name, text in _stdlib_sources():
        mod, _ = parse(text, name)
        stem = name.rsplit("/", 1)[-1].removesuffix(".mojo")
        c.declare_module(mod, is_stdlib=True, std_module=None if stem == "builtin" else stem)
    c._pending_bodies.clear()
    c.diags = []
    mod, diags = parse(src, "t.mojo")
    assert not [d for d in diags if d.severity == "error"]
    c.declare_module(mod, is_stdlib=False)
    c.check_bodies()
    return mod, [d for d in c.diags if d.severity == "error"]


def errors(src: str) -> list[tuple[int, int, str]]:
    return [(d.span.line, d.span.col, d.message) for d in check(src)[1]]


def var_types(src: str) -> dict[str, str]:
    mod, errs = check(src)
    assert errs == []
    out = {}
    for s in mod.body[-1].body:
        if isinstance(s, A.VarDecl):
            for sym in s.syms:
                out[sym.name] = str(sym.ty)
    return out


def test_inference_of_literals_and_collections() -> None:
    tys = var_types("def main():\n    var a = 1\n    var b = 2.5\n    var c = 'x'\n    var d = True\n"
                    "    var e: List[Int] = [1, 2]\n    var f = (1, 'a', 2.0)\n    var g = Optional[Int](3)\n"
                    "    var h: UInt8 = 250\n")
    assert tys == {"a": "Int", "b": "Float64", "c": "String", "d": "Bool", "e": "List[Int]",
                   "f": "Tuple[Int, String, Float64]", "g": "Optional[Int]", "h": "UInt8"}


def test_float_literal_arithmetic_is_folded_exactly() -> None:
    mod, errs = check("def main():\n    var x = 0.1 + 0.2\n")
    assert errs == []
    value = mod.body[0].body[0].value
    assert value.const == Fraction(3, 10)
    assert float(value.const) == 0.3


def test_int_literal_division_is_a_float_and_int_division_is_not() -> None:
    mod, _ = check("def main():\n    var a = 7 / 2\n    var p = 7\n    var b = p / 2\n")
    assert mod.body[0].body[0].syms[0].ty == T.F64
    assert mod.body[0].body[2].syms[0].ty == T.INT


def test_literal_overflow_wraps_when_materialized() -> None:
    mod, _ = check("def main():\n    var x = 3 ** 40\n")
    assert mod.body[0].body[0].value.const == T.INT.wrap(3 ** 40)


def test_no_implicit_int_to_float_conversion() -> None:
    src = "def f(x: Float64) -> Float64:\n    return x\n\ndef main():\n    var n = 3\n    _ = f(n)\n"
    assert errors(src) == [(6, 11, "invalid call to 'f': value passed to 'x' cannot be converted from 'Int' "
                                   "to 'Float64'")]


def test_unknown_name_suggests_the_closest_one() -> None:
    assert errors("def main():\n    var total = 1\n    print(totl)\n") == [
        (3, 11, "use of unknown declaration 'totl'; did you mean 'total'?")]


def test_errors_do_not_cascade() -> None:
    # One unknown name used in a chain of expressions is reported once.
    assert len(errors("def main():\n    var a = nope + 1\n    var b = a * 2\n    print(b + a)\n")) == 1


def test_several_independent_errors_in_one_run() -> None:
    errs = errors("def main():\n    x = 1\n    var s: Int = 'a'\n    print(undefined)\n")
    assert [e[:2] for e in errs] == [(2, 5), (3, 18), (4, 11)]


def test_missing_return_and_raise_context() -> None:
    assert errors("def f(n: Int) -> Int:\n    if n > 0:\n        return 1\n") == [
        (1, 5, "return expected at end of function with results")]
    errs = errors("def g() raises -> Int:\n    raise Error('x')\n\ndef main():\n    print(g())\n")
    assert errs == [(5, 12, "cannot call function that may raise in a context that cannot raise")]


def test_missing_constructor_suggests_fieldwise_init() -> None:
    mod, errs = check("struct P:\n    var x: Int\n\ndef main():\n    var p = P(1)\n")
    assert len(errs) == 1 and "no constructor" in errs[0].message
    assert "@fieldwise_init" in (errs[0].fixit or "")


def test_use_after_move_is_reported_at_the_consuming_call() -> None:
    src = ("def take(var xs: List[Int]) -> Int:\n    return len(xs)\n\n"
           "def main():\n    var xs: List[Int] = [1]\n    _ = take(xs^)\n    print(len(xs))\n")
    assert errors(src) == [(7, 14, "use of uninitialized value 'xs'")]


def test_late_initialization_on_every_path_is_accepted() -> None:
    src = ("def main():\n    var s: String\n    if True:\n        s = 'a'\n    else:\n        s = 'b'\n"
           "    print(s)\n")
    assert errors(src) == []
    bad = "def main(x: Int):\n    var s: String\n    if x > 0:\n        s = 'a'\n    print(s)\n"
    assert errors(bad) == [(5, 10, "use of uninitialized value 's'")]  # at the call's '(', as Mojo does


def test_except_variable_has_the_type_the_try_body_raises() -> None:
    src = ("@fieldwise_init\nstruct E(Copyable, Writable):\n    var code: Int\n"
           "    def write_to(self, mut writer: Some[Writer]):\n        writer.write(self.code)\n\n"
           "def f() raises E -> Int:\n    raise E(1)\n\n"
           "def g() raises -> Int:\n    return 2\n\n"
           "def main():\n    try:\n        _ = f()\n    except e:\n        var c = e.code\n"
           "    try:\n        _ = g()\n    except e2:\n        var m = String(e2)\n")
    mod, errs = check(src)
    assert errs == []
    tries = [s for s in mod.body[-1].body if isinstance(s, A.Try)]
    assert [str(t.caught_type) for t in tries] == ["E", "Error"]


def test_implicit_constructor_converts_but_never_chains() -> None:
    src = ("struct Meters(ImplicitlyCopyable):\n    var v: Float64\n    @implicit\n"
           "    def __init__(out self, v: Float64):\n        self.v = v\n\n"
           "struct Trip(ImplicitlyCopyable):\n    var m: Meters\n    @implicit\n"
           "    def __init__(out self, m: Meters):\n        self.m = m\n\n"
           "def walk(t: Trip):\n    pass\n\n"
           "def main():\n    var m: Meters = 2.5\n    walk(m)\n    walk(2.5)\n")
    errs = errors(src)
    # Meters -> Trip is one conversion; FloatLiteral -> Meters -> Trip would be two.
    assert len(errs) == 1 and errs[0][:2] == (19, 10)


def test_names_mojo_keeps_out_of_its_prelude() -> None:
    errs = errors("def main():\n    var s = Set[Int]()\n    var d = Dict[Int, Int]()\n")
    assert errs == [(2, 13, "use of unknown declaration 'Set'; did you mean to import it from "
                             "'std.collections'? Add 'from std.collections import Set'")]
    assert errors("from std.collections import Set\n\ndef main():\n    var s = Set[Int]()\n") == []
