# List has no __str__ in Mojo 1.2 (print it, or String(list) via Writable).


def main():
    var words: List[String] = ["a", "b"]
    var s = words.__str__()
    print(s)
