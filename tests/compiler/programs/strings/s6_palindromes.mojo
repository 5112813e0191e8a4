# Palindrome checks: plain, ignoring case/punctuation, and the longest palindromic substring.


def normalize(s: String) -> String:
    var out = String()
    for cp in s.lower().codepoints():
        var c = Int(cp.to_u32())
        if (c >= ord("a") and c <= ord("z")) or (c >= ord("0") and c <= ord("9")):
            out.append(cp)
    return out^


def reverse_codepoints(s: String) -> String:
    var out = String()
    for piece in s.codepoint_slices_reversed():
        out += piece
    return out^


def is_palindrome(s: String) -> Bool:
    var n = normalize(s)
    return n == reverse_codepoints(n)


def longest_palindrome(s: String) -> String:
    var n = s.byte_length()
    var best_start = 0
    var best_len = 0 if n == 0 else 1
    for center in range(n):
        for odd in range(2):
            var lo = center
            var hi = center + odd
            while lo >= 0 and hi < n and s[byte=lo] == s[byte=hi]:
                if hi - lo + 1 > best_len:
                    best_len = hi - lo + 1
                    best_start = lo
                lo -= 1
                hi += 1
    return String(s[byte=best_start : best_start + best_len])


def main():
    var samples: List[String] = [
        "racecar",
        "A man, a plan, a canal: Panama",
        "No 'x' in Nixon",
        "hello",
        "Was it a car or a cat I saw?",
        "",
        "ab",
        "été",
        "Ésope reste ici et se repose",
    ]
    for s in samples:
        print(repr(s), "->", is_palindrome(s), "| normalized:", normalize(s))
    for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x"]:
        print("longest in", s, "=", longest_palindrome(s))
    print(reverse_codepoints("naïve café"))
