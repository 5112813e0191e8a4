# Pointers to existing variables: Pointer(to=x) and UnsafePointer(to=x).


@fieldwise_init
struct Point(Copyable, Writable):
    var x: Int
    var y: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ", ", self.y, ")")


def bump(p: UnsafePointer[mut=True, Int, _]):
    p[] += 1


def main():
    var count = 5
    var up = UnsafePointer(to=count)
    up[] = 7
    bump(up)
    print("count:", count, up[])

    var pt = Point(1, 2)
    var pp = UnsafePointer(to=pt)
    pp[].x = 10
    pp[].y += 5
    print("point:", pt, pp[].x)

    var names = List[String]()
    names.append("ann")
    names.append("bob")
    var lp = Pointer(to=names)
    lp[].append("cy")
    print("names:", len(names), names[2])

    var same = UnsafePointer(to=count)
    print("same address:", up == same)
