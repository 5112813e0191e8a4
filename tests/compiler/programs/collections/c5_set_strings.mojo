from std.collections import Set


def tags_of(post: String) raises -> Set[String]:
    var out = Set[String]()
    for word in post.split(" "):
        if word.startswith("#"):
            out.add(String(word[byte=1:]).lower())
    return out^


def main() raises:
    var posts: List[String] = [
        "loving the #sun and #Beach today",
        "#beach volleyball with #friends",
        "quiet day #home",
        "#SUN again",
    ]
    var all_tags = Set[String]()
    var counts = Dict[String, Int]()
    for p in posts:
        var ts = tags_of(p)
        for t in ts:
            counts[t] = counts.get(t, 0) + 1
        all_tags = all_tags.union(ts)
    var names = List[String]()
    for t in all_tags:
        names.append(t)
    sort(names)
    print(names)
    for n in names:
        print(n, counts[n])
    var first = tags_of(posts[0])
    var second = tags_of(posts[1])
    var common = first.intersection(second)
    print("common:", len(common), "beach" in common)
    first.remove("sun")
    print(len(first))
    print(first.pop() if len(first) > 0 else "none")
