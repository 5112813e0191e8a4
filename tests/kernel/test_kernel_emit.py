"""`%%mojo_emit ir|llvm|asm [FUNCTION]`: what the compiler makes of a cell, without running it."""

import pytest
from kernelclient import running_kernel

pytestmark = pytest.mark.timeout(180)

DEFINITIONS = '''struct Tag(Copyable, Movable):
    var name: String

    def __init__(out self, name: String):
        self.name = name

def label(t: Tag) -> String:
    return "#" + t.name

var runs = 0
'''

CELL = '''def twice(t: Tag) -> String:
    var copy = t.copy()
    return label(copy) + label(t)

runs += 1
print("this cell ran")
'''


def stdout_of(reply):
    assert reply.status == "ok", reply.content
    return reply.text()


@pytest.fixture(scope="module")
def kernel():
    with running_kernel() as k:
        assert k.run(DEFINITIONS).status == "ok"
        yield k


def test_ir_shows_the_copies_and_destroys_and_nothing_runs(kernel):
    text = stdout_of(kernel.run("%%mojo_emit ir\n" + CELL))
    assert "def twice(" in text and "destroy %copy" in text and "copy %t" in text, text
    assert "this cell ran" not in text.splitlines()  # in the IR (a constant), never printed
    # Compiled against the session's definitions, and it did not run or define anything.
    assert kernel.run("print(runs)").text() == "0\n"
    undefined = kernel.run("print(twice(Tag('a')))")
    assert undefined.status == "error" and "twice" in "\n".join(undefined.content["traceback"])


def test_llvm_ir_of_one_function(kernel):
    text = stdout_of(kernel.run("%%mojo_emit llvm twice\n" + CELL))
    assert text.startswith("define ") and "@twice" in text.splitlines()[0], text[:300]
    assert "__cell" not in text  # only the chosen function


def test_assembly_has_instructions(kernel):
    text = stdout_of(kernel.run("%%mojo_emit asm twice\n" + CELL))
    assert any(line.strip().split()[0] in ("call", "callq", "bl") for line in text.splitlines() if line.strip()), text
    assert ".cfi_" not in text


def test_errors_are_shown_as_for_any_cell_and_later_cells_still_work(kernel):
    wrong = kernel.run("%%mojo_emit llvm\nprint(label(3))")
    assert wrong.status == "error"
    assert "cell[" in "\n".join(wrong.content["traceback"])
    unknown = kernel.run("%%mojo_emit asm nowhere\n" + CELL)
    assert unknown.status == "error" and "no function named 'nowhere'" in str(unknown.content["evalue"])
    usage = kernel.run("%%mojo_emit bytecode\nprint(1)")
    assert usage.status == "error" and "ir|llvm|asm" in str(usage.content["evalue"])
    # The session still knows everything it knew before.
    assert kernel.run('runs += 1\nprint(label(Tag("x")), runs)').text() == "#x 1\n"
    assert kernel.run(CELL + 'print(twice(Tag("y")))').text() == "this cell ran\n#y#y\n"
