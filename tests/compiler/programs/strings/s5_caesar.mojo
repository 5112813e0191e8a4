def shift_char(c: String, k: Int) -> String:
    var o = ord(c)
    if o >= ord("a") and o <= ord("z"):
        return chr((o - ord("a") + k) % 26 + ord("a"))
    if o >= ord("A") and o <= ord("Z"):
        return chr((o - ord("A") + k) % 26 + ord("A"))
    return c


def caesar(text: String, k: Int) -> String:
    var out = String()
    for cp in text.codepoints():
        out += shift_char(String(cp), k)
    return out


def rot13(text: String) -> String:
    return caesar(text, 13)


def main():
    var msg = "Hello, World! Mojo is fast."
    for k in [1, 3, 13, 25]:
        var enc = caesar(msg, k)
        var dec = caesar(enc, 26 - k)
        print(k, "|", enc, "|", dec == msg)
    print(rot13(rot13("Round trip OK")))
    # brute force: find shift that yields a known word
    var secret = caesar("the quick brown fox", 7)
    for k in range(26):
        var guess = caesar(secret, 26 - k)
        if guess.startswith("the"):
            print("found shift", k, "->", guess)
