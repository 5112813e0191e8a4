# A closure inside a generic function sees its parameters (a value and a function) and aliases
fn work(a: Int, b: Int):
    print("work", a + b)

fn g[k: Int, func: fn (Int, Int) -> None](n: Int):
    alias twice = 2 * k

    @parameter
    fn inner():
        print(k, twice)
        func(k, n)

    inner()

fn main():
    g[3, work](10)
