struct Guard:
    var name: String

    def __init__(out self, name: String):
        self.name = name

    def __enter__(self) -> String:
        print("enter", self.name)
        return self.name + "-res"

    def __exit__(self):
        print("exit", self.name)


def risky(n: Int) raises -> String:
    if n % 2 == 1:
        raise Error("odd " + String(n))
    return "even " + String(n)


def tries(n: Int) -> String:
    try:
        var r = risky(n)
        if n == 4:
            return "early " + r
        return r
    except e:
        return "caught " + String(e)
    finally:
        print("finally for", n)


def classify(x: Int) -> String:
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case _:
            return "big"


def main():
    with Guard("g1") as res:
        print("inside", res)
    for n in range(1, 5):
        print(tries(n))
    print(classify(0), classify(2), classify(10))
    var squares = [x * x for x in range(6) if x % 2 == 0]
    print(squares)
    var words: List[String] = ["apple", "kiwi", "banana"]
    var lens = [w.byte_length() for w in words]
    print(lens)
    var caps = [w.upper() for w in words if w.byte_length() > 4]
    print(caps)
    var total = 0
    var i = 0
    while True:
        i += 1
        if i > 10:
            break
        if i % 3 == 0:
            continue
        total += i
    else:
        print("not printed")
    print("total", total)
    for k in range(3):
        if k == 5:
            break
    else:
        print("for-else ran")
    var label = "pos" if total > 0 else "neg"
    print(label)
