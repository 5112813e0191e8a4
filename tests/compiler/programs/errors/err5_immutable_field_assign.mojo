@fieldwise_init
struct P(Copyable):
    var x: Int

def bump(p: P):
    p.x += 1

def main():
    var p = P(1)
    bump(p)
    print(p.x)
