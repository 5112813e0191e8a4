# A small inventory system: structs in Dicts and Lists, a trait for items
# with a default price rule, sorting by a key, and formatted output.


trait Item:
    def label(self) -> String:
        ...

    def base_price(self) -> Float64:
        ...

    def price(self) -> Float64:
        return self.base_price() * 1.2


@fieldwise_init
struct Book(Item, Copyable):
    var title: String
    var cost: Float64

    def label(self) -> String:
        return "Book<" + self.title + ">"

    def base_price(self) -> Float64:
        return self.cost


@fieldwise_init
struct Food(Item, Copyable):
    var name: String
    var cost: Float64

    def label(self) -> String:
        return "Food<" + self.name + ">"

    def base_price(self) -> Float64:
        return self.cost

    def price(self) -> Float64:
        return self.cost


def receipt[T: Item & Copyable](items: List[T]) -> Float64:
    var total = 0.0
    for it in items:
        print("  ", it.label(), round(it.price(), 2))
        total += it.price()
    return total


def main() raises:
    var books: List[Book] = [Book("Dune", 10.0), Book("Emma", 7.5)]
    var food: List[Food] = [Food("apple", 0.5), Food("bread", 2.25)]
    var t1 = receipt(books)
    var t2 = receipt(food)
    print("total:", round(t1 + t2, 2))
    var stock = Dict[String, Int]()
    stock["apple"] = 10
    stock["bread"] = 3
    stock["apple"] -= 4
    var keys = List[String]()
    for k in stock.keys():
        keys.append(k)
    sort(keys)
    for k in keys:
        print(k, stock[k])
    print(stock.pop("bread"), len(stock), "bread" in stock)
