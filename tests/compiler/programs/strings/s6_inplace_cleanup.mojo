# Cleaning strings in place the ways Mojo allows: through a temporary, or with the String itself as
# an argument (a slice of a String cannot be assigned back into that String directly).


def clean(raw: String) -> String:
    var s = raw
    var trimmed = String(s.strip())  # an owned copy: s may be reassigned from it
    s = trimmed
    s = s.lower()
    s = s.replace("  ", " ")
    s = String(s.removeprefix("the ")).upper()
    return s


struct Record:
    var key: String
    var value: String

    def __init__(out self, line: String):
        var eq = line.find("=")
        self.key = String(line[byte=:eq]) if eq >= 0 else line
        self.value = String(line[byte = eq + 1 :]) if eq >= 0 else String()

    def tidy(mut self):
        var k = String(self.key.strip())
        self.key = k.lower()
        var v = String(self.value.strip().removesuffix(";"))
        self.value = v^


def main():
    for raw in ["  The Quick  Brown Fox ", "the end", "   ", "ALREADY CLEAN"]:
        print(repr(raw), "->", repr(clean(raw)))
    var line = String("abcdef")
    line = line.replace(line[byte=0:1], "X")
    print(line)
    line = String(line, "!", line[byte=0:2])
    print(line)
    line = String(line[byte=1:]).upper() + "?"
    print(line)
    var first = String(line[byte=0:1])
    line += first
    print(line)
    var r = Record("  Name = Ada Lovelace ; ")
    r.tidy()
    print(repr(r.key), repr(r.value))
    var words = List[String]()
    for w in String("one two three").split():
        words.append(String(w))
    var acc = String()
    for w in words:
        acc = acc + w[byte=0:1].upper() + w[byte=1:]
    print(acc)
