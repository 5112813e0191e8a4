def main() raises:
    var s = String("Hello, Mojo World")
    print(s[byte=0:5], "|", s[byte=7:11], "|", s[byte=12:])
    print(s[byte=:5], s[byte=12:], s[byte=12:15])
    print(s[byte=3], s[byte=s.byte_length() - 1])
    print(repr(String(s[byte=5:5])), repr(String(s[byte=17:])))
    var u = String("añb€c😀d")
    print(u[codepoint=1], u[codepoint=3], u[codepoint=5])
    print(u[codepoint=1:4], u[codepoint=4:])
    var half = s.byte_length() // 2
    print(s[byte=:half] + "|" + s[byte=half:])
    var sl = s[byte=7:]
    print(sl.upper(), sl.lower(), sl.find("World"), sl.startswith("Mojo"))
    var first = s.split(",")[0]
    print(first, first.byte_length())
    var parts = String("2024-03-15").split("-")
    var year = Int(parts[0])
    var month = Int(parts[1])
    var day = Int(parts[2])
    print(year, month, day, year + month + day)
