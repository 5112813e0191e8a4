@fieldwise_init
struct User(Copyable, Writable):
    var name: String
    var manager: Optional[String]

    def write_to(self, mut writer: Some[Writer]):
        writer.write("User(", self.name, ")")


def lookup(users: List[User], name: String) -> Optional[User]:
    for u in users:
        if u.name == name:
            return u.copy()
    return None


def main():
    var users: List[User] = [User("ceo", None), User("vp", String("ceo")), User("dev", String("vp"))]
    var cur = lookup(users, "dev")
    var chain = List[String]()
    while cur:
        var u = cur.take()
        chain.append(u.name)
        if u.manager:
            cur = lookup(users, u.manager.value())
    print(chain)
    var nobody = lookup(users, "intern")
    print(nobody is None)
    var m = lookup(users, "vp").value().manager
    print(m.value() if m else "none")
    var o = Optional[Int](5)
    print(o.or_else(0) + 1, o.value())
    var e = Optional[Int]()
    print(e.or_else(-1))
