@fieldwise_init
struct Dog(Copyable):
    var name: String

def main():
    var d = Dog("rex")
    d.bark()
