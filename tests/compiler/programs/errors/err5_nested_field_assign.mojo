@fieldwise_init
struct In(Copyable):
    var v: Int

@fieldwise_init
struct Out(Copyable):
    var i: In

def f(o: Out):
    o.i.v = 5

def main():
    f(Out(In(1)))
