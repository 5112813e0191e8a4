"""Parser: AST shapes, precedence, spans, the 2023 dialect, error recovery."""

from mojito.compiler.frontend import ast as A
from mojito.compiler.frontend.parser import parse


def parse_ok(src: str) -> A.Module:
    mod, diags = parse(src, "t.mojo")
    assert [d for d in diags if d.severity == "error"] == []
    return mod


def expr_of(src: str) -> A.Expr:
    mod = parse_ok(f"def main():\n    _ = {src}\n")
    stmt = mod.body[0].body[0]
    assert isinstance(stmt, A.Assign)
    return stmt.value


def show(e: A.Expr) -> str:
    if isinstance(e, A.BinOp):
        return f"({show(e.left)} {e.op} {show(e.right)})"
    if isinstance(e, A.UnaryOp):
        return f"({e.op} {show(e.operand)})"
    if isinstance(e, A.BoolOp):
        return f"({show(e.left)} {e.op} {show(e.right)})"
    if isinstance(e, A.Compare):
        return "(" + show(e.left) + "".join(f" {o} {show(c)}" for o, c in zip(e.ops, e.comparators)) + ")"
    if isinstance(e, A.Name):
        return e.id
    if isinstance(e, A.IntLit):
        return str(e.value)
    if isinstance(e, A.IfExp):
        return f"({show(e.then)} if {show(e.cond)} else {show(e.orelse)})"
    if isinstance(e, A.Transfer):
        return f"{show(e.value)}^"
    if isinstance(e, A.Call):
        return f"{show(e.func)}(" + ", ".join(show(a) for a in e.args) + ")"
    return type(e).__name__


def test_python_precedence() -> None:
    assert show(expr_of("1 + 2 * 3 ** 2")) == "(1 + (2 * (3 ** 2)))"
    assert show(expr_of("-2 ** 2")) == "(- (2 ** 2))"
    assert show(expr_of("a | b ^ c & d << 1")) == "(a | (b ^ (c & (d << 1))))"
    assert show(expr_of("not a and b or c")) == "(((not a) and b) or c)"
    assert show(expr_of("x // 2 if x % 2 == 0 else 3 * x + 1")) == \
        "((x // 2) if ((x % 2) == 0) else ((3 * x) + 1))"


def test_chained_comparison_is_one_node() -> None:
    assert show(expr_of("1 < x <= 10 != y")) == "(1 < x <= 10 != y)"


def test_transfer_operator_versus_xor() -> None:
    assert show(expr_of("f(a^, b)")) == "f(a^, b)"
    assert show(expr_of("a ^ b")) == "(a ^ b)"


def test_function_signature_conventions_and_defaults() -> None:
    mod = parse_ok("def f(a: Int, mut b: List[Int], var c: String, *, d: Int = 3) raises -> Int:\n    return a\n")
    f = mod.body[0]
    assert isinstance(f, A.FuncDef) and f.raises
    assert [(p.name, p.convention, p.kw_only) for p in f.params] == [
        ("a", "read", False), ("b", "mut", False), ("c", "var", False), ("d", "read", True)]
    assert isinstance(f.params[3].default, A.IntLit)


def test_struct_with_traits_decorators_and_methods() -> None:
    mod = parse_ok("@fieldwise_init\nstruct P(Copyable, Writable):\n    var x: Int\n    var y: Int\n\n"
                   "    @staticmethod\n    def origin() -> P:\n        return P(0, 0)\n")
    s = mod.body[0]
    assert isinstance(s, A.StructDef)
    assert [t.id for t in s.traits] == ["Copyable", "Writable"]
    assert [f.names[0] for f in s.fields] == ["x", "y"]
    assert s.methods[0].name == "origin" and s.methods[0].decorators[0].id == "staticmethod"


def test_spans_point_at_the_source() -> None:
    mod = parse_ok("def main():\n    var total = 1 + 2\n")
    decl = mod.body[0].body[0]
    assert (decl.span.line, decl.span.col) == (2, 5)
    assert (decl.value.span.line, decl.value.span.col, decl.value.span.end_col) == (2, 17, 22)


def test_try_except_else_finally() -> None:
    mod = parse_ok("def main():\n    try:\n        pass\n    except e:\n        pass\n    else:\n        pass\n"
                   "    finally:\n        pass\n")
    t = mod.body[0].body[0]
    assert isinstance(t, A.Try) and t.handlers[0].name == "e" and t.orelse and t.finalbody


def test_tuple_unpacking_forms() -> None:
    mod = parse_ok("def main():\n    var q, r = f()\n    var (a, b) = g()\n    x, y = y, x\n")
    body = mod.body[0].body
    assert body[0].names == ["q", "r"] and body[1].names == ["a", "b"]
    assert isinstance(body[2].target, A.TupleExpr)


def test_2023_dialect_is_accepted_with_warnings_naming_the_new_spelling() -> None:
    mod, diags = parse("fn f(inout x: Int):\n    let y = 1\n    x += y\n", "t.mojo")
    assert all(d.severity == "warning" for d in diags)
    text = " ".join(d.message for d in diags)
    assert "'def'" in text and "'mut'" in text and "'var'" in text
    assert mod.body[0].params[0].convention == "mut"


def test_several_syntax_errors_are_reported_in_one_run() -> None:
    _, diags = parse("def main():\n    var = 1\n    print(\n\ndef g():\n    x = = 2\n", "t.mojo")
    errors = [d for d in diags if d.severity == "error"]
    assert len(errors) >= 2


def test_error_recovery_always_terminates() -> None:
    # Mangled inputs (from real typos) must produce errors quickly, never hang the parser.
    import random

    base = open(__file__).read()[:3000].replace("def ", "case .None ").split("\n")
    rng = random.Random(7)
    for _ in range(40):
        lines = rng.sample(base, 30)
        src = "\n".join(("    " * rng.randint(0, 3)) + l.strip() for l in lines) + "\n"
        parse(src, "fuzz.mojo")  # returns (with diagnostics); the test's timeout catches a hang


def test_match_with_comprehension_and_with_statements_parse() -> None:
    mod = parse_ok("def main():\n    var xs = [i * j for i in range(3) for j in range(i) if j > 0]\n"
                   "    match xs[0]:\n        case 1 | 2:\n            pass\n        case _:\n            pass\n"
                   "    with open_it() as f:\n        pass\n")
    body = mod.body[0].body
    assert isinstance(body[0].value, A.ListComp) and len(body[0].value.generators) == 2
    assert isinstance(body[1], A.Match) and [p.kind for p in body[1].cases[0].patterns] == ["value", "value"]
    assert isinstance(body[2], A.With) and body[2].items[0].name == "f"


def test_mojo_1_2_binding_forms() -> None:
    mod = parse_ok("def main():\n    ref r = xs[0]\n    for ref x in xs:\n        pass\n    for var y in xs:\n"
                   "        pass\n    for z in xs:\n        pass\n")
    body = mod.body[0].body
    assert isinstance(body[0], A.VarDecl) and body[0].is_ref and body[0].names == ["r"]
    assert [s.binding for s in body[1:]] == ["ref", "var", ""]


def test_set_and_dict_comprehensions() -> None:
    s = expr_of("{x * x for x in range(5) if x != 2}")
    d = expr_of("{k: v for k, v in pairs}")
    assert isinstance(s, A.SetDictComp) and s.value is None and len(s.generators[0].conds) == 1
    assert isinstance(d, A.SetDictComp) and d.value is not None and d.generators[0].targets == ["k", "v"]
    assert isinstance(expr_of("{1, 2}"), A.DictExpr)  # a literal is still a literal


def test_typed_raises_and_infer_only_parameters() -> None:
    mod = parse_ok("def f[dtype: DType, //, n: Int](x: Int) raises MyError -> Int:\n    return x\n")
    f = mod.body[0]
    assert f.raises and isinstance(f.raises_type, A.Name) and f.raises_type.id == "MyError"
    assert [(p.name, p.infer_only) for p in f.type_params] == [("dtype", True), ("n", False)]


def test_comptime_elif_branches_are_compile_time() -> None:
    mod = parse_ok("def main():\n    comptime if a:\n        pass\n    elif b:\n        pass\n    else:\n"
                   "        if c:\n            pass\n")
    top = mod.body[0].body[0]
    elif_ = top.orelse[0]
    assert top.is_comptime and elif_.is_comptime
    assert not elif_.orelse[0].is_comptime  # an `if` inside `else:` is an ordinary if


def test_line_continuation_and_multiline_docstring() -> None:
    mod = parse_ok('"""Text that starts with T\nand spans lines."""\n\ndef main():\n    var z = 1 + \\\n'
                   '        2\n')
    doc = mod.body[0]
    assert isinstance(doc, A.ExprStmt) and isinstance(doc.expr, A.StrLit)  # not a t-string
    decl = mod.body[1].body[0]
    assert isinstance(decl, A.VarDecl) and show(decl.value) == "(1 + 2)"
