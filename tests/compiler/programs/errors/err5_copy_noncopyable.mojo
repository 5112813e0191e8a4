struct Handle(Movable):
    var fd: Int
    def __init__(out self, fd: Int):
        self.fd = fd

def main():
    var a = Handle(3)
    var b = a
    print(b.fd)
