struct Res:
    var name: String

    fn __init__(inout self, name: String):
        self.name = name
        print("open", self.name)

    fn __moveinit__(inout self, owned existing: Self):
        self.name = existing.name
        print("moveinit", self.name)

    fn __del__(owned self):
        print("close", self.name)


fn use(r: Res):
    print("use", r.name)


fn main():
    let a = Res("a")
    use(a)
    var b = Res("b")
    let c = b^
    use(c)
    print("end")
