def json_str(s: String) -> String:
    var out = String('"')
    for cp in s.codepoints():
        var c = cp.to_u32()
        if c == 34:
            out += '\\"'
        elif c == 92:
            out += "\\\\"
        elif c == 10:
            out += "\\n"
        elif c == 9:
            out += "\\t"
        elif c < 32:
            var h = hex(Int(c), prefix="")
            out += "\\u" + "0" * (4 - h.byte_length()) + h
        else:
            out += String(cp)
    return out + '"'


def main():
    var keys: List[String] = ["name", "quote", "path", "multi", "ctl", "uni"]
    var vals: List[String] = ["Mojo", 'say "hi"', "C:\\tmp", "a\nb\tc", "bell\x07", "naïve ☃"]
    var parts = List[String]()
    for i in range(len(keys)):
        parts.append(json_str(keys[i]) + ": " + json_str(vals[i]))
    print("{" + ", ".join(parts) + "}")
    var nums: List[Float64] = [1.0, 0.5, 1e-7, 123456789.125, -0.0]
    var ns = List[String]()
    for n in nums:
        ns.append(String(n))
    print("[" + ", ".join(ns) + "]")
