# Optional values: construction, truthiness, value(), or_else, None comparisons, and lookups.


@fieldwise_init
struct User(Copyable, Movable):
    var name: String
    var manager: Optional[String]
    var age: Optional[Int]


def find(users: List[User], name: String) -> Optional[User]:
    for u in users:
        if u.name == name:
            return u.copy()
    return None


def manager_age(users: List[User], name: String) -> Optional[Int]:
    var u = find(users, name)
    if not u:
        return None
    var m = u.value().manager
    if not m:
        return None
    var boss = find(users, m.value())
    if boss:
        return boss.value().age
    return None


def main():
    var users = List[User]()
    users.append(User("ann", None, 52))
    users.append(User("bob", String("ann"), 31))
    users.append(User("cy", String("bob"), None))
    users.append(User("dee", String("zed"), 40))
    for n in ["ann", "bob", "cy", "dee", "eve"]:
        var age = manager_age(users, n)
        if age:
            print(n, "-> manager age", age.value())
        else:
            print(n, "-> no manager age")
    var o = Optional[Int](5)
    var none = Optional[Int]()
    print(o.or_else(0), none.or_else(-1), o.__bool__(), none.__bool__())
    print(o is None, none is None, o is not None)
    var s: Optional[String] = String("text")
    print(s.value().upper(), s.value().byte_length())
    var taken = s.take()
    print(taken, s.__bool__())
