from std.collections import Counter


def main() raises:
    var votes = Counter[String]()
    for v in ["red", "blue", "red", "green", "red", "blue"]:
        votes[v] += 1
    print(votes["red"], votes["blue"], votes["purple"])
    print(len(votes), votes.total())
    var top = votes.most_common(2)
    for t in top:
        print(t[0], t[1])
    var c2 = Counter[String](["a", "b", "a", "c", "a"])
    print(c2["a"], c2["b"])
    var els = c2.elements()
    print(len(els))
    var sum_c = votes + c2
    print(sum_c.total())
    var diff = votes - Counter[String]("red", "red", "red", "red")
    print(diff["red"], diff["blue"])
    votes.subtract(Counter[String]("blue"))
    print(votes["blue"])
    votes.update(Counter[String]("green", "green"))
    print(votes["green"])
    print("red" in votes, "pink" in votes)
    var p = votes.pop("red")
    print(p, len(votes))
    for k in votes.keys():
        print("k", k, votes[k])
    var inter = c2 & Counter[String]("a", "b", "b")
    print(inter["a"], inter["b"])
    var uni = c2 | Counter[String]("b", "b", "z")
    print(uni["a"], uni["b"], uni["z"])
    print(votes.get("blue"), votes.get("nope"))
