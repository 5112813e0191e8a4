def find_all(hay: String, needle: String) -> List[Int]:
    var out = List[Int]()
    var i = hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out^


def main():
    var text = String("the cat sat on the mat with the hat")
    print(text.find("the"), text.rfind("the"), text.find("dog"), text.rfind("dog"))
    print(text.find("at", 10), text.rfind("at", 20), text.find(""), text.rfind(""))
    print(find_all(text, "at"), find_all(text, "the"))
    print(text.count("at"), text.count("the"), text.count("z"), text.count(""))
    print(String("aaaa").count("aa"), find_all("aaaa", "aa"))
    print("cat" in text, "dog" in text, "" in text)
    print(text.startswith("the"), text.startswith("cat", 4), text.endswith("hat"), text.endswith("the", 0, 18))
    print(text.replace("at", "og"), text.replace("the ", ""))
    print(String("aaa").replace("a", "bb"), String("abc").replace("", "-"))
    var idx = text.find("on")
    print(text[byte=idx:], "|", text[byte=:idx])
