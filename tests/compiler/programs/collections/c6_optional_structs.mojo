# Optional fields in a contact book.


@fieldwise_init
struct Contact(Copyable, Writable):
    var name: String
    var phone: Optional[String]
    var age: Optional[Int]

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, " phone=", self.phone.or_else("-"), " age=")
        if self.age:
            writer.write(self.age.value())
        else:
            writer.write("?")


def find(book: List[Contact], name: String) -> Optional[Contact]:
    for c in book:
        if c.name == name:
            return c.copy()
    return None


def main():
    var book = List[Contact]()
    book.append(Contact("ana", String("555-1234"), 31))
    book.append(Contact("ben", None, None))
    book.append(Contact("cy", None, 47))
    for c in book:
        print(c)
    var who = find(book, "cy")
    if who:
        print("found", who.value().name, who.value().age.value())
    print("missing", find(book, "dee") is None)
    book[1].phone = String("555-0000")
    book[1].age = 22
    print(book[1])
    var ages = List[Int]()
    for c in book:
        if c.age:
            ages.append(c.age.value())
    print("ages", ages)
    var maybe = book[2].phone.copy()
    print(maybe is None, Bool(maybe))
    var taken = book[0].phone.take()
    print("took", taken, "now", book[0].phone is None)
