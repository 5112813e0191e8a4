def main():
    var inputs: List[String] = ["42", "-17", "+8", "007", "0", "12a", "", " ", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1_000", "1__0", "_1", "3.0"]
    for s in inputs:
        try:
            print(repr(s), "->", Int(s))
        except e:
            print(repr(s), "!!", e)
    for pair in [("ff", 16), ("FF", 16), ("z", 36), ("777", 8), ("102", 2), ("0x1f", 16), ("0b11", 0), ("10", 1)]:
        try:
            print(pair[0], pair[1], "->", atol(pair[0], pair[1]))
        except e:
            print(pair[0], pair[1], "!!", e)
