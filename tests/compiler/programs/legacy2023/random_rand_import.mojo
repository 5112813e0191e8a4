# `from random import rand` in 2023 code fills a DTypePointer with values in [0, 1)
from random import rand
from memory.unsafe import DTypePointer

fn main():
    let p = DTypePointer[DType.float32].alloc(16)
    rand(p, 16)
    var ok = True
    for i in range(16):
        ok = ok and p.load(i) >= 0 and p.load(i) < 1
    print(ok)
    p.free()
