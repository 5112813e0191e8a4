def main() raises:
    var text = String("the cat sat on the mat the end")
    var counts = Dict[String, Int]()
    for word in text.split(" "):
        var w = String(word)
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    var keys = List[String]()
    for k in counts.keys():
        keys.append(k)
    sort(keys)
    for k in keys:
        print(k, counts[k])
    print("unique:", len(counts))
