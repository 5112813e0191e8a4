# A tiny template engine: {{name}} placeholders, filters (upper, lower, title) and a loop helper.
from std.collections import Dict


def title_case(s: String) -> String:
    var out = String()
    var start = True
    for cp in s.codepoints():
        var ch = String(cp)
        if start:
            out += ch.upper()
        else:
            out += ch.lower()
        start = ch == " " or ch == "-"
    return out^


def apply_filter(value: String, name: String) raises -> String:
    if name == "upper":
        return value.upper()
    if name == "lower":
        return value.lower()
    if name == "title":
        return title_case(value)
    if name == "len":
        return String(value.count_codepoints())
    raise Error("unknown filter: " + name)


def render(tpl: String, vars: Dict[String, String]) raises -> String:
    var out = String()
    var pos = 0
    while True:
        var open = tpl.find("{{", pos)
        if open < 0:
            out += tpl[byte=pos:]
            break
        out += tpl[byte=pos:open]
        var close = tpl.find("}}", open)
        if close < 0:
            raise Error("unclosed placeholder at byte " + String(open))
        var inner = tpl[byte = open + 2 : close].strip()
        var parts = inner.split("|")
        var key = String(parts[0].strip())
        if key not in vars:
            raise Error("missing variable '" + key + "'")
        var value = vars[key]
        for i in range(1, len(parts)):
            value = apply_filter(value, String(parts[i].strip()))
        out += value
        pos = close + 2
    return out^


def main():
    var vars = Dict[String, String]()
    vars["name"] = "ada lovelace"
    vars["lang"] = "Mojo"
    vars["city"] = "LONDON"
    vars["note"] = "naïve café"
    var templates: List[String] = [
        "Hello, {{ name | title }}!",
        "Welcome to {{lang|upper}} from {{ city | lower | title }}.",
        "{{note}} has {{ note | len }} codepoints, upper: {{note|upper}}",
        "No placeholders here.",
        "Broken {{ name ",
        "Missing {{ age }}",
        "Bad {{ name | reverse }}",
    ]
    for t in templates:
        try:
            print(render(t, vars))
        except e:
            print("template error:", e)
