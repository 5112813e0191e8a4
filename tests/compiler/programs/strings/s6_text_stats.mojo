# Text statistics: sentences, words, character classes, average word length, vowels.


def main():
    var text = """The quick brown fox jumps over the lazy dog. Pack my box with five dozen
liquor jugs! How vexingly quick daft zebras jump? 12 of 100 tests passed;
    THE END."""
    var letters = 0
    var digits = 0
    var spaces = 0
    var upper = 0
    var punct = 0
    var vowels = 0
    for b in text.as_bytes():
        var s = chr(Int(b))
        if s.isupper():
            upper += 1
        if s.is_ascii_digit():
            digits += 1
        elif s.isspace():
            spaces += 1
        elif Codepoint(b).is_ascii_lower() or Codepoint(b).is_ascii_upper():
            letters += 1
            if s.lower() in "aeiou":
                vowels += 1
        else:
            punct += 1
    print("bytes:", text.byte_length(), "letters:", letters, "digits:", digits)
    print("spaces:", spaces, "upper:", upper, "punct:", punct, "vowels:", vowels)
    var words = text.split()
    var total_len = 0
    var longest = String()
    for w in words:
        var clean = w.strip(".,!?;")
        total_len += clean.byte_length()
        if clean.byte_length() > longest.byte_length():
            longest = String(clean)
    print("words:", len(words), "avg length:", Float64(total_len) / Float64(len(words)))
    print("longest word:", longest)
    var sentences = 0
    for ch in [".", "!", "?"]:
        sentences += text.count(ch)
    print("sentences:", sentences)
    print("lines:", len(text.splitlines()), "first line ends with 'dozen':", text.splitlines()[0].endswith("dozen"))
    print("count 'qu':", text.lower().count("qu"), "find 'fox':", text.find("fox"), "rfind 'quick':", text.rfind("quick"))
    print("all caps word:", "THE".isupper(), "mixed:", "The".isupper(), "lower:", "the".islower(), "digits:", "123".is_ascii_digit(), "12a".is_ascii_digit())
