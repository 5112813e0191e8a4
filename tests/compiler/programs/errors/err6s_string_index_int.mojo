# Strings are not indexed by position in Mojo 1.2: s[byte=i] or s[codepoint=i].


def main():
    var s = String("hello")
    var first = s[0]
    print(first)
