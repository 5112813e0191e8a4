struct Counter:
    var n: Int

    def __init__(out self):
        self.n = 0


def bump(c: Counter):
    c.n += 1


def main():
    var c = Counter()
    bump(c)
    print(c.n)
