# Comparing a byte (UInt8) with ord(), which is an Int: Mojo does not convert implicitly.


def count_lower(s: String) -> Int:
    var n = 0
    for b in s.as_bytes():
        if b >= ord("a") and b <= ord("z"):
            n += 1
    return n


def main():
    print(count_lower("Hello World"))
