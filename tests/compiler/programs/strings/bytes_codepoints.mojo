def main():
    var s = String("héllo")
    print(s.byte_length())
    print(s.count_codepoints())
    for c in s.codepoints():
        print(Int(c), end=" ")
    print()
    for cs in s.codepoint_slices():
        print(cs, end="|")
    print()
    var total = 0
    for b in s.as_bytes():
        total += Int(b)
    print(total)
    print(s[byte=0], s[byte=1:3])
    print(String("abcdef")[byte=1:4], String("abcdef")[byte=:2], String("abcdef")[byte=3:])
    print(ord("A"), ord("é"), chr(66), chr(233))
    var u = String("abc")
    print(len(u.codepoints()), u[codepoint=1])
