# Doubling the first letter with s += s[byte=0:1]: __iadd__ would read the slice while writing s.


def stutter(word: String) -> String:
    var s = word
    s += s[byte=0:1]
    return s


def main():
    print(stutter("mojo"))
