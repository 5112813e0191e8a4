def clean(s: String) -> String:
    var out = String()
    for cp in s.codepoints():
        var c = String(cp)
        if c.is_ascii_digit() or (cp.is_ascii() and (cp.is_ascii_lower() or cp.is_ascii_upper())):
            out += c.lower()
    return out


def reverse(s: String) -> String:
    var out = String()
    for cp in s.codepoints():
        out = String(cp) + out
    return out


def is_palindrome(s: String) -> Bool:
    var c = clean(s)
    return c == reverse(c)


def main():
    var phrases: List[String] = ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", "No 'x' in Nixon", "12321", "123 21x", ""]
    for p in phrases:
        print(repr(p), is_palindrome(p), clean(p))
    print(reverse("héllo wörld"))
    var rev_words = List[String]()
    var words = "the quick brown fox".split(" ")
    var i = len(words) - 1
    while i >= 0:
        rev_words.append(String(words[i]))
        i -= 1
    print(" ".join(rev_words))
    var counts = List[Int](length=26, fill=0)
    for b in "the quick brown fox jumps over the lazy dog".as_bytes():
        if Int(b) >= ord("a") and Int(b) <= ord("z"):
            counts[Int(b) - ord("a")] += 1
    var missing = String()
    var hist = String()
    for k in range(26):
        if counts[k] == 0:
            missing += chr(ord("a") + k)
        elif counts[k] > 1:
            hist += chr(ord("a") + k) + String(counts[k])
    print("pangram" if missing.byte_length() == 0 else "missing " + missing, hist)
