# Wildcard matching with '*' and '?', and filtering a list of file names.


def glob_match(pattern: String, name: String) -> Bool:
    var p = pattern.as_bytes()
    var s = name.as_bytes()
    var pi = 0
    var si = 0
    var star = -1
    var mark = 0
    while si < len(s):
        if pi < len(p) and (p[pi] == UInt8(ord("?")) or p[pi] == s[si]):
            pi += 1
            si += 1
        elif pi < len(p) and p[pi] == UInt8(ord("*")):
            star = pi
            mark = si
            pi += 1
        elif star >= 0:
            pi = star + 1
            mark += 1
            si = mark
        else:
            return False
    while pi < len(p) and p[pi] == UInt8(ord("*")):
        pi += 1
    return pi == len(p)


def main():
    var files: List[String] = ["main.mojo", "test_main.mojo", "README.md", "notes.txt", "data.csv", "data_2024.csv", "Makefile", "a.b.c", "x.mojo.bak", ".hidden"]
    var patterns: List[String] = ["*.mojo", "test_*", "data*.csv", "????.csv", "*", "*.*.*", "M*e", ".*", "*.md", "[a]"]
    for pat in patterns:
        var hits = List[String]()
        for f in files:
            if glob_match(pat, f):
                hits.append(f)
        print(pat.ascii_ljust(10), len(hits), hits)
