struct Buffer(Movable):
    var size: Int

    def __init__(out self, size: Int):
        self.size = size


def consume(var b: Buffer) -> Int:
    return b.size


def main():
    var b = Buffer(8)
    var n = consume(b^)
    print(n, b.size)
