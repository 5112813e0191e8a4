# len() of a String is ambiguous in Mojo 1.2 (bytes, codepoints or graphemes).


def main():
    var name = String("Zoë")
    var n = len(name)
    print(n)
