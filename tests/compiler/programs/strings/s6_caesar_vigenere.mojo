# Classical ciphers over ASCII letters, keeping case and punctuation.


def shift_char(byte: UInt8, k: Int) -> UInt8:
    var c = Int(byte)
    if c >= ord("a") and c <= ord("z"):
        return UInt8((c - ord("a") + k) % 26 + ord("a"))
    if c >= ord("A") and c <= ord("Z"):
        return UInt8((c - ord("A") + k) % 26 + ord("A"))
    return byte


def caesar(text: String, k: Int) -> String:
    var out = String()
    for b in text.as_bytes():
        out += chr(Int(shift_char(b, k)))
    return out^


def vigenere(text: String, key: String, decrypt: Bool = False) -> String:
    var out = String()
    var ki = 0
    var kb = key.lower().as_bytes()
    for b in text.as_bytes():
        var is_letter = Codepoint(b).is_ascii_lower() or Codepoint(b).is_ascii_upper()
        if is_letter:
            var k = Int(kb[ki % len(kb)]) - ord("a")
            if decrypt:
                k = 26 - k
            out += chr(Int(shift_char(b, k)))
            ki += 1
        else:
            out += chr(Int(b))
    return out^


def rot13(text: String) -> String:
    return caesar(text, 13)


def main():
    var msg = "Attack at Dawn! Meet me by the old oak tree, 5:30 sharp."
    for k in [1, 3, 13, 25]:
        var enc = caesar(msg, k)
        var dec = caesar(enc, 26 - k)
        print("k=" + String(k) + ":", enc)
        print("   back:", dec, dec == msg)
    print(rot13("Hello, World!"), rot13(rot13("Hello, World!")))
    var v = vigenere(msg, "LEMON")
    print("vigenere:", v)
    print("decrypted:", vigenere(v, "LEMON", decrypt=True))
    # letter frequency of the ciphertext
    var freq = List[Int](length=26, fill=0)
    for b in v.lower().as_bytes():
        if b >= UInt8(ord("a")) and b <= UInt8(ord("z")):
            freq[Int(b) - ord("a")] += 1
    var line = String()
    for i in range(26):
        if freq[i] > 0:
            line += chr(ord("a") + i) + "=" + String(freq[i]) + " "
    print(line.rstrip())
