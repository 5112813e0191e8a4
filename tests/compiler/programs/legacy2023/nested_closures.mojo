# A closure inside a closure uses a variable only the inner one names; div_ceil and num_cores (2023)
from math import div_ceil
from runtime.llcl import num_cores, Runtime

fn fill(rows: Int, cols: Int, scale: Int) -> Int:
    var total = 0

    @parameter
    fn row(r: Int):
        @parameter
        fn cell(c: Int):
            total += r * scale + c

        for c in range(cols):
            cell(c)

    for r in range(rows):
        row(r)
    return total

fn main():
    print(fill(3, 4, 10))
    print(div_ceil(7, 2), div_ceil(8, 2))
    print(num_cores() > 0)
