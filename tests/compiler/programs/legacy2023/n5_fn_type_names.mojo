# 2023 function types written with parameter names, '/', and 'borrowed'; Int mixed with floats.
alias binary_op = fn(a: Int, b: Int, /) -> Int
alias scale_op = fn(borrowed x: Float64, factor: Float64) -> Float64

fn add(a: Int, b: Int, /) -> Int:
    return a + b

fn sub(a: Int, b: Int, /) -> Int:
    return a - b

fn scale(x: Float64, factor: Float64) -> Float64:
    return x * factor

fn fold[op: binary_op](start: Int, n: Int) -> Int:
    var acc = start
    for i in range(1, n + 1):
        acc = op(acc, i)
    return acc

fn apply_twice(f: scale_op, x: Float64, factor: Float64) -> Float64:
    return f(f(x, factor), factor)

fn rate(count: Int, secs: Float64) -> Float64:
    # 2023: the Int converts to Float64 implicitly
    return (2 * count) / secs / 1e3

fn main():
    print(fold[add](0, 10), fold[sub](100, 5))
    var v: Float64 = 1.5
    print(apply_twice(scale, v, 3.0))
    print(rate(1500, 0.5), 10 * 0.25 + 1)
