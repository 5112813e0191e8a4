# A text pipeline split between Mojo and Python: re for tokenizing, str methods
# via PythonObject, textwrap and string formatting, results counted in Mojo.
from std.python import Python, PythonObject


def main() raises:
    var re = Python.import_module("re")
    var textwrap = Python.import_module("textwrap")
    var text = "Mojo 1.2 shipped on 2025-09-30; Python 3.12 came 2023-10-02. Both love speed: 35000x vs 1x!"
    var words = re.findall("[A-Za-z]+", text)
    var numbers = re.findall("\\d+(?:\\.\\d+)?", text)
    var dates = re.findall("(\\d{4})-(\\d{2})-(\\d{2})", text)
    print("words:", len(words), words)
    print("numbers:", numbers)
    var total = 0.0
    for n in numbers:
        total += Float64(py=Python.evaluate("float")(n))
    print("sum of numbers:", total)
    for d in dates:
        print("date y/m/d:", Int(py=d[0]), Int(py=d[1]), Int(py=d[2]))
    var lengths = Dict[Int, Int]()
    for w in words:
        var l = Int(py=Python.evaluate("len")(w))
        lengths[l] = lengths.get(l, 0) + 1
    for l in range(1, 8):
        if l in lengths:
            print("len", l, "x", lengths[l])
    var py_text = PythonObject(text)
    print(py_text.lower().count("o"), py_text.replace("speed", "SPEED").split(";")[1].strip())
    print(textwrap.fill(text, width=30))
    print(re.sub("\\d", "#", "call 555-0142 now"))
    var m = re.match("(\\w+)@(\\w+)\\.com", "alice@example.com")
    if m:
        print("user:", m.group(1), "domain:", m.group(2), "span:", m.span())
    if not re.match("x+", "abc"):
        print("no match is None:", re.match("x+", "abc") is None)
    print(PythonObject("{:>8}|{:<6}|{:^7}|").format("right", "left", "mid"), PythonObject("{:.3f}").format(3.14159), "{}-{}".format(1, "x"), PythonObject("%05d") % 42)
    try:
        _ = re.compile("(unclosed")
    except e:
        print("regex error:", e)
