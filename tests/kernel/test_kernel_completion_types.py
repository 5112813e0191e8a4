"""Completion with kinds and signatures (JupyterLab's `_jupyter_types_experimental`), and Shift+Tab
inspection with signatures, docstrings and types, from a running `mojo` kernel."""

import pytest
from kernelclient import running_kernel

pytestmark = pytest.mark.timeout(120)

SESSION = '''struct Account(Copyable, Movable):
    """Money on a ledger."""
    var owner: String
    var cents: Int

    def __init__(out self, owner: String, cents: Int):
        self.owner = owner
        self.cents = cents

    def deposit(mut self, cents: Int) raises -> Int:
        """Adds cents; raises for a negative amount."""
        if cents < 0:
            raise Error("negative deposit")
        self.cents += cents
        return self.cents

def interest[T: Copyable](principal: Float64, rate: Float64 = 0.05) -> Float64:
    """A year's simple interest."""
    return principal * rate

comptime LIMIT = 100
var acct = Account("ada", 10)
var label = String("savings")
'''


def request(kernel, method, *args):
    msg_id = getattr(kernel.kc, method)(*args)
    return kernel.wait_reply(msg_id, timeout=30)


def typed(reply):
    types = reply["metadata"]["_jupyter_types_experimental"]
    assert [t["text"] for t in types] == reply["matches"]  # one entry per match, in order
    for t in types:
        assert (t["start"], t["end"]) == (reply["cursor_start"], reply["cursor_end"])
    return {t["text"]: t for t in types}


@pytest.fixture(scope="module")
def kernel():
    with running_kernel() as k:
        assert k.run(SESSION).status == "ok"
        yield k


def test_names_in_scope_carry_their_kind_and_signature(kernel):
    t = typed(request(kernel, "complete", "x = inter", 9))
    assert t["interest"]["type"] == "function"
    assert t["interest"]["signature"] == "def interest[T: Copyable](principal: Float64, rate: Float64 = 0.05) -> Float64"
    t = typed(request(kernel, "complete", "Acc", 3))
    assert t["Account"]["type"] == "class" and t["Account"]["signature"] == "struct Account(Copyable, Movable)"
    t = typed(request(kernel, "complete", "ac", 2))
    assert t["acct"] == {"start": 0, "end": 2, "text": "acct", "type": "instance", "signature": "var acct: Account"}
    t = typed(request(kernel, "complete", "LIM", 3))
    assert t["LIMIT"]["type"] == "instance" and "comptime LIMIT" in t["LIMIT"]["signature"]
    t = typed(request(kernel, "complete", "whi", 3))
    assert t["while"]["type"] == "keyword"
    t = typed(request(kernel, "complete", "pri", 3))
    assert t["print"]["type"] == "function" and t["print"]["signature"].startswith("print(")


def test_members_of_struct_values_strings_and_modules(kernel):
    t = typed(request(kernel, "complete", "acct.", 5))
    assert t["owner"]["type"] == "instance" and t["owner"]["signature"] == "var owner: String"
    assert t["deposit"]["type"] == "function"
    assert t["deposit"]["signature"] == "def deposit(mut self, cents: Int) raises -> Int"
    t = typed(request(kernel, "complete", "label.st", 8))
    assert t["startswith"]["type"] == "function" and "prefix: String" in t["startswith"]["signature"]
    reply = request(kernel, "complete", "var t = std.time.perf", 21)
    t = typed(reply)
    assert t["perf_counter_ns"]["signature"] == "def perf_counter_ns() -> Int"
    assert reply["cursor_start"] == 17
    t = typed(request(kernel, "complete", "var r = std.math.sq", 19))
    assert t["sqrt"]["type"] == "function" and t["sqrt"]["signature"].startswith("sqrt(x: Float64) -> Float64")
    t = typed(request(kernel, "complete", "import std.ma", 13))
    assert t["std.math"]["type"] == "module"
    # A name the cell itself defines before it has run.
    code = "def helper(n: Int) -> Int:\n    return n\nhel"
    t = typed(request(kernel, "complete", code, len(code)))
    assert t["helper"]["type"] == "function" and t["helper"]["signature"] == "def helper(n: Int) -> Int"


def test_shift_tab_shows_signatures_docstrings_and_types(kernel):
    def inspect(code, pos):
        reply = request(kernel, "inspect", code, pos)
        assert reply["found"], code
        return reply["data"]["text/plain"]

    text = inspect("interest(5.0)", 3)
    assert "def interest[T: Copyable](principal: Float64, rate: Float64 = 0.05) -> Float64" in text
    assert "A year's simple interest." in text
    # Inside a call's arguments, as JupyterLab asks on Shift+Tab.
    assert "def interest[" in inspect("interest(acct.cents, ", 21)
    text = inspect("acct.deposit(5)", 8)
    assert "def deposit(mut self, cents: Int) raises -> Int" in text and "negative amount" in text
    text = inspect("acct", 2)
    assert text.startswith("var acct: Account") and "Money on a ledger." in text
    assert inspect("acct.owner", 8) == "acct.owner: String"
    text = inspect("Account", 3)
    assert "struct Account(Copyable, Movable)" in text and "var cents: Int" in text
    assert "def __init__(out self, owner: String, cents: Int)" in text
    assert "comptime LIMIT" in inspect("LIMIT", 2)
    assert "def perf_counter_ns() -> Int" in inspect("std.time.perf_counter_ns", 20)
    assert request(kernel, "inspect", "nothing_like_this", 4)["found"] is False


def test_the_body_of_a_mojo_emit_cell_completes_and_inspects_as_mojo(kernel):
    code = "%%mojo_emit asm\nacct.dep"
    reply = request(kernel, "complete", code, len(code))
    assert reply["matches"] == ["deposit"]
    assert (reply["cursor_start"], reply["cursor_end"]) == (len(code) - 3, len(code))
    assert typed(reply)["deposit"]["type"] == "function"
    code = "%%mojo_emit asm\nacct.deposit(5)"
    reply = request(kernel, "inspect", code, code.index("deposit") + 2)
    assert "def deposit(mut self, cents: Int) raises -> Int" in reply["data"]["text/plain"]
