# Morse code translator with a Dict both ways.
from std.collections import Dict


def build_table() -> Dict[String, String]:
    var letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    var codes = ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----."
    var table = Dict[String, String]()
    var parts = codes.split(" ")
    var i = 0
    for cp in letters.codepoints():
        table[String(cp)] = String(parts[i])
        i += 1
    return table^


def encode(text: String, table: Dict[String, String]) raises -> String:
    var words = List[String]()
    for w in text.upper().split():
        var codes = List[String]()
        for cp in w.codepoints():
            var ch = String(cp)
            if ch in table:
                codes.append(table[ch])
        words.append(" ".join(codes))
    return " / ".join(words)


def decode(morse: String, table: Dict[String, String]) raises -> String:
    var rev = Dict[String, String]()
    for item in table.items():
        rev[item.value] = item.key
    var out = String()
    var first = True
    for w in morse.split(" / "):
        if not first:
            out += " "
        first = False
        for code in w.split(" "):
            if String(code) in rev:
                out += rev[String(code)]
            else:
                out += "?"
    return out^


def main() raises:
    var table = build_table()
    print("table size:", len(table), "E =", table["E"], "0 =", table["0"])
    for msg in ["SOS", "Hello World", "Mojo 1 2 3", "attack at dawn!"]:
        var m = encode(msg, table)
        print(msg, "->", m)
        print("   back:", decode(m, table))
    print(decode("... --- ... / ..--.. / .-", table))
