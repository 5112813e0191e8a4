@fieldwise_init
struct P(Copyable):
    var x: Int

def main():
    var p = P(1)
    var q = p + 1
