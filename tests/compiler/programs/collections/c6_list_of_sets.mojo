from std.collections import Set

# Course prerequisites: List[Set[String]] per term, with overlap reports.


def names(s: Set[String]) -> List[String]:
    var out = List[String]()
    for x in s:
        out.append(x)
    sort(out)
    return out^


def main():
    var terms = List[Set[String]]()
    terms.append({"math", "art", "history"})
    terms.append({"math", "physics"})
    terms.append({"art", "music", "physics"})
    for i in range(len(terms)):
        print("term", i, names(terms[i]))
    var all_courses = Set[String]()
    for t in terms:
        all_courses |= t
    print("all", names(all_courses))
    var every = terms[0].copy()
    for t in terms:
        every = every & t
    print("in every term", names(every), len(every))
    terms[1].add("chemistry")
    terms[2].discard("music")
    for i in range(len(terms)):
        print("term", i, len(terms[i]))
    print(terms[0] == terms[0].copy(), terms[0] == terms[1])
