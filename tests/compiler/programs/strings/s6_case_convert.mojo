# Identifier case conversion: snake_case, camelCase, PascalCase, kebab-case, CONSTANT_CASE.


def split_words(name: String) -> List[String]:
    var words = List[String]()
    var cur = String()
    var prev_lower = False
    for cp in name.codepoints():
        var ch = String(cp)
        if ch == "_" or ch == "-" or ch == " ":
            if cur:
                words.append(cur.lower())
            cur = String()
            prev_lower = False
            continue
        if cp.is_ascii_upper() and prev_lower and cur:
            words.append(cur.lower())
            cur = String()
        cur += ch
        prev_lower = cp.is_ascii_lower() or cp.is_ascii_digit()
    if cur:
        words.append(cur.lower())
    return words^


def capitalize(w: String) -> String:
    if not w:
        return w
    return w[byte=0:1].upper() + w[byte=1:]


def to_camel(words: List[String]) -> String:
    var out = String()
    for i in range(len(words)):
        out += words[i] if i == 0 else capitalize(words[i])
    return out^


def to_pascal(words: List[String]) -> String:
    var out = String()
    for w in words:
        out += capitalize(w)
    return out^


def main():
    var names: List[String] = ["parse_http_request", "parseHttpRequest", "ParseHTTPRequest", "max-line-length", "MAX_RETRIES", "user id", "x", "getX2Coord", "__private_name__"]
    print("input".ascii_ljust(20), "snake".ascii_ljust(22), "camel".ascii_ljust(20), "pascal".ascii_ljust(20), "kebab".ascii_ljust(22), "constant")
    for n in names:
        var w = split_words(n)
        print(n.ascii_ljust(20), "_".join(w).ascii_ljust(22), to_camel(w).ascii_ljust(20), to_pascal(w).ascii_ljust(20), "-".join(w).ascii_ljust(22), "_".join(w).upper())
