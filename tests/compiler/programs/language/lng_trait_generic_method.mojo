# Traits used as bounds on struct parameters, methods that take other
# trait-bounded parameters, and default methods overridden selectively.


trait Describable:
    def describe(self) -> String:
        ...

    def shout(self) -> String:
        return self.describe().upper() + "!"


@fieldwise_init
struct Cat(Describable, Copyable):
    var name: String

    def describe(self) -> String:
        return "cat " + self.name


@fieldwise_init
struct Car(Describable, Copyable):
    var model: String
    var year: Int

    def describe(self) -> String:
        return String(self.year) + " " + self.model

    def shout(self) -> String:
        return "VROOM " + self.model


struct Shelf[T: Describable & Copyable & Deinitable]:
    var items: List[Self.T]

    def __init__(out self):
        self.items = List[Self.T]()

    def add(mut self, item: Self.T):
        self.items.append(item.copy())

    def report(self) -> String:
        var out = String()
        for i in range(len(self.items)):
            if i:
                out += "; "
            out += self.items[i].describe()
        return out

    def loudest[U: Describable](self, other: U) -> String:
        return self.items[0].shout() + " / " + other.shout()


def main():
    var cats = Shelf[Cat]()
    cats.add(Cat("tom"))
    cats.add(Cat("kit"))
    print(cats.report())
    var cars = Shelf[Car]()
    cars.add(Car("beetle", 1970))
    print(cars.report())
    print(cats.loudest(Car("mini", 1999)))
    print(cars.loudest(Cat("felix")))
