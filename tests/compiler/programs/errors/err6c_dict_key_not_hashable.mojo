@fieldwise_init
struct Cell(Copyable, Equatable):
    var row: Int
    var col: Int


def main():
    var owners = Dict[Cell, String]()
    owners[Cell(0, 0)] = "x"
    print(len(owners))
