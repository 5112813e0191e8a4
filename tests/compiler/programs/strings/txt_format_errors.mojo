def render(template: String, name: String, count: Int, ratio: Float64) -> String:
    try:
        return template.format(name, count, ratio)
    except e:
        return "<bad template " + repr(template) + ": " + String(e) + ">"


def main() raises:
    var templates: List[String] = [
        "{!r}", "{0!r} has {1!s}", "{!x}", "{!}", "{!rr}", "{:>5}", "{0:>5}", "a}b", "}}", "{{}}", "a}",
        "{name}", "{0}{name}", "{}{}{}{}", "{3}", "{-1}", "{ 0}", "{0 }", "x{", "{{{}}}", "{0}{}", "{}{0}",
        "{1}{2}{5}", "{}{5}", "{}{", "{0.x}", "{0[1]}", "{x}{5}", "{5}{}", "{!r}{!r}{!r}{}",
        "{0} scored {1} ({2})", "{2}/{1}/{0}",
    ]
    for t in templates:
        print(render(t, "Ann", 3, 0.75))
    print("{!r} and {}".format("quoted", 1))
    var f = String("{0!r}-{0}-{1!r}")
    print(f.format("q", 2.5))
    var y = 3
    print(String("{} {!r}").format(y, "s"))
    print("{0} {0!r}".format(String("z")))
    print("{}|{}".format(String("x"), [1, 2]))
