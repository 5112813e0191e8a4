def do_math(x):
    y = x + x
    y = y * y
    print(y)

def add(a, b):
    return a + b

fn main() raises:
    do_math(2)
    print(add(1, 2), add("a", "b"), add(1.5, 2))
    var o: object = [1, 2, 3]
    print(o, len(o))
