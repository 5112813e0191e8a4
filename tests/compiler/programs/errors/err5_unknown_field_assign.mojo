@fieldwise_init
struct P(Copyable):
    var x: Int

def main():
    var p = P(1)
    p.y = 3
