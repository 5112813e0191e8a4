@fieldwise_init
struct Bag(Copyable):
    var items: List[Int]

def add(b: Bag):
    b.items.append(1)

def main():
    add(Bag(List[Int]()))
