comptime Op = def(Int, Int) thin -> Int

def add(a: Int, b: Int) -> Int:
    return a + b

def apply[f: Op](x: Int, y: Int) -> Int:
    return f(x, y)

def apply2[f: def(Int, Int) thin -> Int](x: Int, y: Int) -> Int:
    return f(x, y)

def main():
    print(apply[add](2, 3), apply2[add](4, 5))
