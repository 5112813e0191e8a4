def parse_port(s: String) raises -> Int:
    var p: Int
    try:
        p = Int(s)
    except e:
        raise Error("invalid port " + repr(s) + ": " + String(e))
    if p < 1 or p > 65535:
        raise Error(String("port {} out of range").format(p))
    return p


def main():
    for s in ["80", "8080", "0", "70000", "http", "", " 443 ", "12.5"]:
        try:
            print(s, "->", parse_port(s))
        except e:
            print("error:", e)
    var err = Error("custom failure")
    print(err)
    print(String(err))
    var msg = String(Error("wrapped"))
    print(msg.upper(), msg.byte_length())
    try:
        raise Error("code ", 42, " at ", 1.5)
    except e:
        print(e)
