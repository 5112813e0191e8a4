# A Variant owns its value: set destroys the old one, unwrap moves it out (no copy), a Movable-only
# type works; Variants as Dict values.
from std.utils import Variant


struct Resource(Movable, Writable):
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("open", name)

    def __deinit__(deinit self):
        print("close", self.name)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Resource(", self.name, ")")


def main():
    var slot = Variant[Resource, Int](Resource("a"))
    print("holding", slot.isa[Resource]())
    slot.set[Int](5)
    print("now int", slot[Int])
    slot.set[Resource](Resource("b"))
    var r = slot^.unwrap[Resource]()
    print("unwrapped", r)
    var d = Dict[String, Variant[Int, String]]()
    d["n"] = Variant[Int, String](1)
    d["s"] = Variant[Int, String](String("x"))
    for e in d.items():
        print(e.key, e.value.isa[Int]())
    print("end")
