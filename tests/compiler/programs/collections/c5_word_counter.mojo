from std.collections import Counter


def main():
    var text = "the quick brown fox jumps over the lazy dog the fox"
    var words = text.split(" ")
    var c = Counter[String]()
    for w in words:
        c[String(w)] += 1
    print("the:", c["the"])
    print("fox:", c["fox"])
    print("cat:", c["cat"])
    print("total:", c.total())
    var top = c.most_common(2)
    for t in top:
        print(t[0], t[1])
    var letters = Counter[String]()
    for w in words:
        letters[String(w[byte=0])] += 1
    print("distinct first letters:", len(letters))
    print("t words:", letters["t"])
