@fieldwise_init
struct ValidationError(Writable, Copyable):
    var field: String
    var code: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("invalid ", self.field, " (code ", self.code, ")")


def validate(name: String, age: Int) raises ValidationError -> String:
    if name.byte_length() == 0:
        raise ValidationError("name", 1)
    if age < 0:
        raise ValidationError("age", 2)
    return name + ":" + String(age)


def safe() raises Never -> Int:
    return 42


def main() raises:
    for pair in [("ann", 3), ("", 5), ("bob", -1)]:
        try:
            print(validate(pair[0], pair[1]))
        except e:
            print("error", e.code, "on", e.field, "->", e)
    print(safe())
    _ = validate("zed", 9)
    _ = validate("", 0)
