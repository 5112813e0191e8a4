from memory.unsafe import Pointer

fn main():
    let p = Pointer[Int].alloc(4)
    for i in range(4):
        p.store(i, i * 10)
    print(p.load(2), p[3])
    let q = p.offset(1)
    print(q.load(0))
    var x = 5
    let px = Pointer[Int].address_of(x)
    print(px.load())
    p.free()
