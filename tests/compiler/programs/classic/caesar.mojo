def shift_char(c: String, k: Int) -> String:
    var o = ord(c)
    if o >= ord("a") and o <= ord("z"):
        return chr((o - ord("a") + k) % 26 + ord("a"))
    if o >= ord("A") and o <= ord("Z"):
        return chr((o - ord("A") + k) % 26 + ord("A"))
    return c


def caesar(text: String, k: Int) -> String:
    var out = String()
    for ch in text.codepoint_slices():
        out += shift_char(String(ch), k)
    return out


def main():
    var msg = "Hello, Mojo!"
    var enc = caesar(msg, 3)
    print(enc)
    print(caesar(enc, 23))
