from std.collections import Dict


def signature(w: String) -> String:
    var chars = List[String]()
    for cp in w.lower().codepoints():
        chars.append(String(cp))
    sort(chars)
    return String("").join(chars)


def main() raises:
    var words: List[String] = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "Inlets"]
    var groups = Dict[String, List[String]]()
    var order = List[String]()
    for w in words:
        var sig = signature(w)
        if sig not in groups:
            groups[sig] = List[String]()
            order.append(sig)
        groups[sig].append(w)
    for sig in order:
        var g = groups[sig].copy()
        print(sig, "=>", ", ".join(g), "(" + String(len(g)) + ")")
