def main():
    var s = String("naïve café ☕")
    print(s.byte_length(), s.count_codepoints())
    print(s.upper())
    print(s[codepoint=0], s[codepoint=2], s[codepoint=11])
    var n = 0
    for cp in s.codepoint_slices():
        if cp == "é":
            n += 1
    print(n)
    print(s.find("café"), "☕" in s)
    print(chr(9731), ord("☕"))
    var parts = s.split(" ")
    print(len(parts), parts[2])
    print(String("ÀÉÎÕÜ Ÿ").lower(), String("straße ÿ").upper())
    print(String("ΑΒΓ αβγ").lower(), String("привет").upper())
