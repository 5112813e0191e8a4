def repeat(s: String, times: Int) -> String:
    var out = String()
    for _ in range(times):
        out += s
    return out


def main():
    print(repeat("ab", 3))
    print(repeat(3, "ab"))
