"""Completion, inspection and is-complete against the state of a running Mojo session."""

import pytest
from kernelclient import running_kernel

pytestmark = pytest.mark.timeout(120)

POINT = '''struct Point(Copyable, Movable):
    """A point on the integer grid."""
    var x: Int
    var y: Int

    def __init__(out self, x: Int, y: Int):
        self.x = x
        self.y = y

def manhattan(a: Point, b: Point) -> Int:
    """Distance along the grid lines."""
    return abs(a.x - b.x) + abs(a.y - b.y)

var origin = Point(0, 0)
'''


def request(kernel, method, *args):
    msg_id = getattr(kernel.kc, method)(*args)
    return kernel.wait_reply(msg_id, timeout=30)


@pytest.fixture(scope="module")
def kernel():
    with running_kernel() as k:
        assert k.run(POINT).status == "ok"
        yield k


def test_completion_offers_session_names_struct_fields_and_std_members(kernel):
    reply = request(kernel, "complete", "print(manh", 10)
    assert reply["matches"] == ["manhattan"]
    assert (reply["cursor_start"], reply["cursor_end"]) == (6, 10)

    reply = request(kernel, "complete", "origin.", 7)
    assert {"x", "y"} <= set(reply["matches"])

    reply = request(kernel, "complete", "import std.", 11)
    assert "std.sys" in reply["matches"]


def test_completion_in_a_python_cell_is_python_completion(kernel):
    code = "%%python\nimport os\nos.pa"
    reply = request(kernel, "complete", code, len(code))
    assert "path" in [m.removeprefix("os.") for m in reply["matches"]]
    assert code[reply["cursor_start"]:reply["cursor_end"]] in ("pa", "os.pa")


def test_inspection_shows_signature_and_docstring(kernel):
    reply = request(kernel, "inspect", "manhattan(origin, origin)", 3)
    assert reply["found"]
    text = reply["data"]["text/plain"]
    assert "def manhattan(a: Point, b: Point) -> Int" in text
    assert "Distance along the grid lines." in text

    reply = request(kernel, "inspect", "Point", 2)
    assert "A point on the integer grid." in reply["data"]["text/plain"]


def test_is_complete_tells_a_console_when_to_wait_for_more(kernel):
    assert request(kernel, "is_complete", "def f() -> Int:") == {"status": "incomplete", "indent": "    "}
    assert request(kernel, "is_complete", "print(origin.x)")["status"] == "complete"
    assert request(kernel, "is_complete", "%%python\nfor i in range(3):")["status"] == "incomplete"


def test_name_question_mark_pages_the_documentation(kernel):
    reply = kernel.run("manhattan?")
    [payload] = reply.content["payload"]
    assert payload["source"] == "page"
    assert "Distance along the grid lines." in payload["data"]["text/plain"]
