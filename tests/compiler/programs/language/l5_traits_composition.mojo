# Trait composition with A & B, comptime trait aliases and multiple conformances.


trait Named:
    def name(self) -> String:
        ...


trait Aged:
    def age(self) -> Int:
        ...


comptime Person = Named & Aged


@fieldwise_init
struct Student(Person, Copyable):
    var n: String
    var a: Int
    var school: String

    def name(self) -> String:
        return self.n

    def age(self) -> Int:
        return self.a


@fieldwise_init
struct Robot(Named, Aged):
    var serial: Int

    def name(self) -> String:
        return "robot-" + String(self.serial)

    def age(self) -> Int:
        return 1


def intro[T: Named & Aged](x: T) -> String:
    return x.name() + " (" + String(x.age()) + ")"


def oldest[T: Person](xs: List[T]) -> String:
    var best = 0
    for i in range(1, len(xs)):
        if xs[i].age() > xs[best].age():
            best = i
    return xs[best].name()


def main():
    var s = Student("Ana", 20, "MIT")
    print(intro(s))
    print(intro(Robot(7)))
    var cls: List[Student] = [Student("Bo", 19, "x"), Student("Cy", 23, "y"), Student("Di", 21, "z")]
    print(oldest(cls))
