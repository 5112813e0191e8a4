def main():
    var s = "héllo 👍🏽!"
    var n = 0
    for ch in s:
        print(repr(String(ch)), end=" ")
        n += 1
    print()
    print("graphemes:", n, s.count_graphemes(), "codepoints:", s.count_codepoints(), "bytes:", s.byte_length())
    var abc = String("abc")
    for ch in abc.graphemes_reversed():
        print(ch, end="")
    print()
    var vowels = 0
    var consonants = 0
    var title = String("Programming in Mojo").lower()
    for ch in title.codepoint_slices():
        if ch in "aeiou":
            vowels += 1
        elif String(ch) != " ":
            consonants += 1
    print("vowels", vowels, "consonants", consonants)
    var upper_count = 0
    for cp in "Hello World ABC".codepoints():
        if cp.is_ascii_upper():
            upper_count += 1
    print("upper", upper_count)
    var bytes_hex = String()
    for b in "Añ".as_bytes():
        bytes_hex += hex(Int(b)) + " "
    print(bytes_hex)
    for sl in "x€y".codepoint_slices_reversed():
        print(sl, end="|")
    print()
