def caesar(text: String, shift: Int) -> String:
    var out = String()
    for cp in text.codepoints():
        var c = Int(cp.to_u32())
        if c >= ord("a") and c <= ord("z"):
            out += chr((c - ord("a") + shift) % 26 + ord("a"))
        elif c >= ord("A") and c <= ord("Z"):
            out += chr((c - ord("A") + shift) % 26 + ord("A"))
        else:
            out += chr(c)
    return out


def main():
    print(ord("A"), ord("z"), ord("0"), ord(" "))
    print(ord("é"), ord("€"), ord("😀"))
    print(chr(65), chr(97), chr(8364), chr(128512), chr(233))
    var msg = "Hello, World!"
    var enc = caesar(msg, 3)
    print(enc)
    print(caesar(enc, 23))
    var alphabet = String()
    for i in range(26):
        alphabet += chr(ord("a") + i)
    print(alphabet)
    print(alphabet.upper())
    var total = 0
    for b in "abc".as_bytes():
        total += Int(b)
    print("byte sum", total)
