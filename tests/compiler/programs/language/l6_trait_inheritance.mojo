# Trait inheritance chains with default methods overriding, and calling through generics.


trait Animal:
    def name(self) -> String:
        ...

    def sound(self) -> String:
        return "..."

    def speak(self) -> String:
        return self.name() + " says " + self.sound()


trait Pet(Animal):
    def owner(self) -> String:
        ...

    def tag(self) -> String:
        return self.name() + " (owner: " + self.owner() + ")"


trait Trick(Pet):
    def trick(self) -> String:
        return "sits"


@fieldwise_init
struct Dog(Trick, Copyable):
    var n: String
    var o: String

    def name(self) -> String:
        return self.n

    def sound(self) -> String:
        return "woof"

    def owner(self) -> String:
        return self.o

    def trick(self) -> String:
        return "rolls over"


@fieldwise_init
struct Fish(Pet, Copyable):
    var n: String

    def name(self) -> String:
        return self.n

    def owner(self) -> String:
        return "nobody"


@fieldwise_init
struct Fox(Animal, Copyable):
    def name(self) -> String:
        return "fox"


def introduce[T: Animal](a: T):
    print(a.speak())


def pet_card[T: Pet](p: T):
    print("card:", p.tag(), "|", p.speak())


def show_trick[T: Trick](t: T):
    print(t.name(), t.trick())


def main():
    var d = Dog("rex", "ann")
    var f = Fish("nemo")
    introduce(d)
    introduce(f)
    introduce(Fox())
    pet_card(d)
    pet_card(f)
    show_trick(d)
