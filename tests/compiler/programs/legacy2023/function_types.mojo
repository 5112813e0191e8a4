alias Op = fn(Int, Int) -> Int

fn add(a: Int, b: Int) -> Int:
    return a + b

fn apply[f: Op](x: Int, y: Int) -> Int:
    return f(x, y)

fn twice(f: fn(Int) -> Int, x: Int) -> Int:
    return f(f(x))

fn inc(x: Int) -> Int:
    return x + 1

fn pos_only(a: Int, b: Int, /) -> Int:
    return a - b

fn main():
    print(apply[add](2, 3), twice(inc, 5), pos_only(5, 2))
