def is_palindrome(s: String) -> Bool:
    var cleaned = String()
    for ch in s.lower().codepoint_slices():
        if ch.is_ascii_digit() or (ch >= "a" and ch <= "z"):
            cleaned += ch
    var n = cleaned.byte_length()
    for i in range(n // 2):
        if cleaned[byte=i] != cleaned[byte=n - 1 - i]:
            return False
    return True


def main():
    var tests: List[String] = ["racecar", "A man, a plan, a canal: Panama", "mojo", "No 'x' in Nixon"]
    for t in tests:
        print(t, "->", is_palindrome(t))
