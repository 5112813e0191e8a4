def main():
    print("a", "b", "c")
    print("a", "b", "c", sep="")
    print("a", "b", "c", sep=", ", end=".\n")
    print(1, 2.0, True, sep=" | ")
    print("no newline", end="")
    print(" -> continued")
    print("x", end=" ")
    print("y", end=" ")
    print("z", flush=True)
    print()
    print("", "")
    print(sep="-")
    for i in range(3):
        print(i, end="," if i < 2 else "\n")
    print("multi\nline", "text", sep="\n")
    var parts: List[String] = ["k=v", "a=b"]
    print(parts, len(parts), sep=" :: ", end="\n\n")
    print("done")
