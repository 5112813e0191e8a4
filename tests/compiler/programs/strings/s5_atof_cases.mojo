def main():
    var inputs: List[String] = ["3.14", "-0.5", "1e10", "2.5E-3", "  7  ", "inf", "-inf", "nan", ".5", "5.", "+1.25", "1_000.5", "0x10", "abc", "", "1e400", "4.9e-324"]
    for s in inputs:
        try:
            var v = atof(s)
            print(repr(s), "->", v)
        except e:
            print(repr(s), "!!", e)
    for s in inputs:
        try:
            print(repr(s), "Float64 ->", Float64(s))
        except e:
            print(repr(s), "Float64 !!", e)
