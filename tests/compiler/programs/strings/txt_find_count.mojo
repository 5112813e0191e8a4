def find_all(text: String, needle: String) -> List[Int]:
    var out = List[Int]()
    var start = 0
    while True:
        var i = text.find(needle, start)
        if i == -1:
            break
        out.append(i)
        start = i + 1
    return out^


def main():
    var text = "abracadabra"
    print(find_all(text, "abra"), find_all(text, "a"), find_all(text, "z"))
    print(text.count("a"), text.count("abra"), text.count(""), text.count("zz"))
    print(text.find(""), text.rfind(""), text.find("a", 100), text.rfind("a"))
    print(text.rfind("abra"), text.rfind("a", 5), text.find("a", -3), text.rfind("a", -3))
    print(String("aaaa").count("aa"), String("aaaa").replace("aa", "b"))
    print(text.replace("a", "A"), text.replace("", "-"), text.replace("abra", ""))
    print("cad" in text, "dab" in text, "" in text, "xyz" in text)
    var csv = "x;y;;z"
    var n = csv.count(";")
    print("fields:", n + 1)
    var pos = 0
    var idx = 0
    while idx <= n:
        var nxt = csv.find(";", pos)
        if nxt == -1:
            nxt = csv.byte_length()
        print(idx, repr(String(csv[byte=pos:nxt])))
        pos = nxt + 1
        idx += 1
    var u = "日本語の日本"
    print(u.find("日本"), u.rfind("日本"), u.count("日"))
