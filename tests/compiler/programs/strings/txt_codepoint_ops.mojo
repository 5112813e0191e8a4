def main():
    var a = Codepoint.ord("A")
    var z = Codepoint.ord("z")
    print(a, z, a < z, a == Codepoint.ord("A"), a != z, a.to_u32(), Int(z))
    var cps = List[Codepoint]()
    for cp in "hello €😀".codepoints():
        cps.append(cp)
    for cp in cps:
        print(cp, cp.to_u32(), cp.utf8_byte_length(), cp.is_ascii(), end="; ")
    print()
    var maybe = Codepoint.from_u32(0x1F600)
    if maybe:
        print("ok", maybe.value())
    var bad = Codepoint.from_u32(0xD800)
    print("surrogate valid:", Bool(bad))
    var big = Codepoint.from_u32(0x110000)
    print("too big valid:", Bool(big))
    var s = String()
    for v in [72, 105, 33, 0x263A]:
        s += String(Codepoint.from_u32(UInt32(v)).value())
    print(s)
    var c = Codepoint(UInt8(66))
    print(c, c.is_ascii_upper(), c.is_ascii_digit())
    var shifted = String()
    for cp in "abc".codepoints():
        shifted += chr(Int(cp.to_u32()) + 1)
    print(shifted)
    print(Codepoint.ord("7").is_ascii_digit(), Codepoint.ord(" ").is_posix_space(), Codepoint.ord("x").is_ascii_printable())
    var lit = Codepoint("q")
    print(lit, lit.to_u32())
