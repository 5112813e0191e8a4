@fieldwise_init
struct P(Copyable):
    var x: Int

def set(p: P):
    p.x = 3

def main():
    set(P(1))
