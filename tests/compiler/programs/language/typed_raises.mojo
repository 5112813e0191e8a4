# Typed errors (Mojo 1.2): `raises MyError`, raising a struct, `except e` typed by what the
# body raises, propagation through finally, conversion into a plain Error, and `raises Never`.


@fieldwise_init
struct InputError(Copyable, Writable):
    var code: Int
    var reason: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write("InputError(", self.code, ": ", self.reason, ")")


def check_positive(x: Int) raises InputError -> Int:
    if x < 0:
        raise InputError(x, "negative")
    if x == 0:
        raise InputError(0, "zero")
    return x * 2


def with_cleanup(x: Int) raises InputError -> Int:
    try:
        return check_positive(x)
    finally:
        print("  cleanup for", x)


def as_plain_error(x: Int) raises -> Int:
    return check_positive(x)  # an InputError becomes an Error with its written text


def raise_struct_untyped() raises:
    raise InputError(5, "raised in an untyped function")


def cannot_fail() raises Never -> Int:
    return 42


def main():
    for x in [3, -1, 0]:
        try:
            print("ok", check_positive(x))
        except e:
            print("caught code", e.code, "reason", e.reason, "as text:", e)
    try:
        print(with_cleanup(-7))
    except err:
        print("after finally:", err.code)
    try:
        print(as_plain_error(-2))
    except e:
        print("plain:", e)
    try:
        raise_struct_untyped()
    except e:
        print("plain:", e)
    try:
        raise InputError(9, "direct")
    except e:
        print("direct:", e.reason)
    print(cannot_fail())
