@fieldwise_init
struct User(Copyable, Movable, Writable):
    var name: String
    var age: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("User(", self.name, ", ", self.age, ")")


def find_user(users: List[User], name: String) -> Optional[User]:
    for u in users:
        if u.name == name:
            return u.copy()
    return None


def parse_int(s: String) -> Optional[Int]:
    try:
        return Int(s)
    except:
        return None


def main() raises:
    var users: List[User] = [User("ann", 31), User("bo", 22)]
    var u = find_user(users, "bo")
    if u:
        print("found", u.value())
        print(u.value().age)
    var nobody = find_user(users, "zz")
    print(Bool(nobody))
    for s in ["12", "x", "-7"]:
        var r = parse_int(s)
        if r:
            print(s, "->", r.value())
        else:
            print(s, "-> invalid")
    var cache = Dict[String, Optional[Int]]()
    cache["a"] = 1
    cache["b"] = None
    for item in cache.items():
        print(item.key, item.value.or_else(0))
    var maybe = Optional[List[Int]]([1, 2, 3])
    maybe.value().append(4)
    print(maybe.value())
    print(len(maybe.value()))
