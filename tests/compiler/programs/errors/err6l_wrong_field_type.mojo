struct Item:
    var name: String
    var qty: Int

    def __init__(out self, name: String, qty: Int):
        self.name = name
        self.qty = qty

    def rename(mut self, n: Int):
        self.name = n


def main():
    var i = Item("a", 1)
    i.rename(3)
    print(i.name)
