def main():
    var s = String("héllo wörld")
    for pair in s.grapheme_indices():
        print(pair[0], pair[1], end="; ")
    print()
    var t = String("e\u0301 👍🏽 ok")
    for pair in t.grapheme_indices():
        print(pair[0], repr(String(pair[1])), end="; ")
    print()
