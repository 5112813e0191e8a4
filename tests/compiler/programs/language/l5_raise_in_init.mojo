# Raising constructors and validation; errors from __init__ caught by the caller.


struct Temperature(Writable):
    var kelvin: Float64

    def __init__(out self, kelvin: Float64) raises:
        if kelvin < 0.0:
            raise Error("below absolute zero: " + String(kelvin))
        self.kelvin = kelvin

    @staticmethod
    def from_celsius(c: Float64) raises -> Self:
        return Self(c + 273.15)

    def celsius(self) -> Float64:
        return self.kelvin - 273.15

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.kelvin, "K")


def main():
    for k in [300.0, -5.0, 0.0]:
        try:
            var t = Temperature(k)
            print("ok", t, t.celsius())
        except e:
            print("invalid:", e)
    try:
        var t = Temperature.from_celsius(-300.0)
        print(t)
    except e:
        print("invalid:", e)
    try:
        var boiling = Temperature.from_celsius(100.0)
        print(boiling)
    except:
        print("unreachable")
