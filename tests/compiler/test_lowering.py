"""Lowering and code generation: IR properties and run-time semantics of small programs."""

import subprocess
from pathlib import Path

import pytest
from mojito.compiler import driver
from mojohelpers import mojito


def ir_of(src: str, contract: bool = True) -> str:
    from mojito.compiler.check.checker import Checker
    from mojito.compiler.codegen import backend
    from mojito.compiler.codegen.module import ModuleLowering
    from mojito.compiler.frontend.parser import parse

    c = Checker()
    std_funcs = []
    for name, text in driver._stdlib_sources():
        mod, _ = parse(text, name)
        stem = name.rsplit("/", 1)[-1].removesuffix(".mojo")
        c.declare_module(mod, is_stdlib=True, std_module=None if stem == "builtin" else stem)
    std_funcs = list(c.program.functions)
    c._pending_bodies.clear()
    mod, _ = parse(src, "t.mojo")
    c.declare_module(mod, is_stdlib=False)
    c.check_bodies()
    assert not [d for d in c.diags if d.severity == "error"]
    tm = backend.target_machine()
    m = ModuleLowering(c.globals, name="t", triple=tm.triple, data_layout=str(tm.target_data),
                       target_data=tm.target_data, fp_contract=contract)
    m.lower_functions([f for f in c.program.functions if f not in std_funcs], internal=True)
    return str(m.mod)


def run(src: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    f = tmp_path / "prog.mojo"
    f.write_text(src)
    return mojito("run", str(f), *args)


def test_float_ops_carry_contract_flag_unless_disabled() -> None:
    src = "def f(a: Float64, b: Float64, c: Float64) -> Float64:\n    return a * b + c\n\ndef main():\n    pass\n"
    assert "fmul contract" in ir_of(src) and "fadd contract" in ir_of(src)
    assert "contract" not in ir_of(src, contract=False)


def test_raising_function_returns_flag_and_value() -> None:
    text = ir_of("def f(x: Int) raises -> Int:\n    if x < 0:\n        raise Error('neg')\n    return x\n\n"
                 "def main():\n    pass\n")
    assert '{i1, i64} @"f"(ptr' in text.replace("define internal ", "")


def test_integer_semantics_at_run_time(tmp_path: Path) -> None:
    src = ("def main():\n    var a = -7\n    var b = 2\n    var z = 0\n"
           "    print(a / b, a // b, a % b, a / z, a % z, a // z)\n"
           "    var m = Int.MIN\n    var n1 = -1\n    print(m / n1, m // n1, m % n1)\n"
           "    var u: UInt8 = 3\n    u -= 5\n    print(u, UInt8(255) + 1)\n")
    p = run(src, tmp_path)
    assert p.returncode == 0, p.stderr
    assert p.stdout == "-3 -4 1 0 0 0\n-9223372036854775808 -9223372036854775808 0\n254 0\n"


def test_fp_contract_off_matches_cpython_bit_for_bit(tmp_path: Path) -> None:
    src = ("def main():\n    var a = Float64(1) / 3\n    var b = Float64(7) / 11\n    var c = Float64(2) / 13\n"
           "    print(a * b + c)\n")
    f = tmp_path / "fma.mojo"
    f.write_text(src)
    off = mojito("run", "--fp-mode", "contract=off", str(f))
    assert off.returncode == 0
    assert off.stdout == repr((1 / 3) * (7 / 11) + 2 / 13) + "\n"


def test_bounds_check_reports_mojos_message_and_fails(tmp_path: Path) -> None:
    p = run("def main():\n    var xs: List[Int] = [1, 2, 3]\n    var i = 5\n    print(xs[i])\n", tmp_path)
    assert p.returncode == 1
    # As Mojo: on stdout, after what the program printed, with the source's absolute path.
    assert p.stdout.strip().endswith(f"At: {tmp_path / 'prog.mojo'}:4:13: Assert Error: index 5 is out "
                                     "of bounds, valid range is 0 to 2")


def test_unhandled_error_message_and_status(tmp_path: Path) -> None:
    p = run("def main() raises:\n    print('before')\n    raise Error('boom')\n", tmp_path)
    assert (p.returncode, p.stdout) == (1, "before\n")
    assert p.stderr.strip() == "Unhandled exception caught during execution: boom"


def test_finally_runs_on_return_break_and_error_paths(tmp_path: Path) -> None:
    src = ("def f(k: Int) raises -> Int:\n    try:\n        if k == 0:\n            return 10\n"
           "        if k == 1:\n            raise Error('one')\n        return 20\n    finally:\n"
           "        print('finally', k)\n\n"
           "def main() raises:\n    print(f(0))\n    try:\n        _ = f(1)\n    except e:\n        print('caught', e)\n"
           "    for i in range(3):\n        try:\n            if i == 1:\n                break\n"
           "        finally:\n            print('loop finally', i)\n")
    p = run(src, tmp_path)
    assert p.stdout == "finally 0\n10\nfinally 1\ncaught one\nloop finally 0\nloop finally 1\n", p.stderr


def test_program_arguments_reach_argv(tmp_path: Path) -> None:
    src = "from std.sys import argv\n\ndef main() raises:\n    var a = argv()\n    print(len(a), atol(a[1]) * 2, a[2])\n"
    p = run(src, tmp_path, "21", "hi")
    assert p.stdout == "3 42 hi\n", p.stderr


@pytest.mark.parametrize("value,text", [("Float64(1) / 10", "0.1"), ("Float64(1e22)", "1e+22"),
                                         ("Float64(123456789) / 1000", "123456.789"),
                                         ("Float64(5e-324)", "5e-324"), ("Float32(16777217)", "16777216.0")])
def test_float_formatting_is_shortest_round_trip(value: str, text: str, tmp_path: Path) -> None:
    p = run(f"def main():\n    print({value})\n", tmp_path)
    assert p.stdout == text + "\n", p.stderr
