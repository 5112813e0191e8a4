# A unit converter: units grouped by dimension in a Dict, conversion through
# a base unit, parsing "12.5 km to mi" queries, and errors for bad input.


@fieldwise_init
struct Unit(Copyable):
    var dim: String
    var factor: Float64
    var offset: Float64


struct Converter:
    var units: Dict[String, Unit]

    def __init__(out self):
        self.units = Dict[String, Unit]()
        self.add("m", "length", 1.0)
        self.add("km", "length", 1000.0)
        self.add("cm", "length", 0.01)
        self.add("mi", "length", 1609.344)
        self.add("ft", "length", 0.3048)
        self.add("in", "length", 0.0254)
        self.add("g", "mass", 1.0)
        self.add("kg", "mass", 1000.0)
        self.add("lb", "mass", 453.59237)
        self.add("C", "temp", 1.0, 273.15)
        self.add("K", "temp", 1.0)
        self.add("F", "temp", 5.0 / 9.0, 459.67 * 5.0 / 9.0)

    def add(mut self, name: String, dim: String, factor: Float64, offset: Float64 = 0.0):
        self.units[name] = Unit(dim, factor, offset)

    def convert(self, value: Float64, src: String, dst: String) raises -> Float64:
        if src not in self.units:
            raise Error("unknown unit '" + src + "'")
        if dst not in self.units:
            raise Error("unknown unit '" + dst + "'")
        var a = self.units[src].copy()
        var b = self.units[dst].copy()
        if a.dim != b.dim:
            raise Error("cannot convert " + a.dim + " to " + b.dim)
        var base = value * a.factor + a.offset
        return (base - b.offset) / b.factor

    def query(self, q: String) raises -> String:
        var parts = q.split()
        if len(parts) != 4 or String(parts[2]) != "to":
            raise Error("expected '<value> <unit> to <unit>', got '" + q + "'")
        var v = atof(parts[0])
        var r = self.convert(v, String(parts[1]), String(parts[3]))
        return String(parts[0]) + " " + String(parts[1]) + " = " + String(round(r, 4)) + " " + String(parts[3])


def main():
    var c = Converter()
    var queries: List[String] = [
        "1 km to m", "26.2 mi to km", "6 ft to cm", "12 in to ft",
        "100 C to F", "32 F to C", "0 K to C", "-40 C to F",
        "2.2 lb to kg", "5 kg to lb", "1 kg to m", "3 parsec to m",
        "ten m to cm", "5 m into cm", "1e3 g to kg",
    ]
    for q in queries:
        try:
            print(c.query(q))
        except e:
            print("error:", e)
    var dims = Dict[String, Int]()
    for u in c.units.values():
        dims[u.dim] = dims.get(u.dim, 0) + 1
    for item in dims.items():
        print(item.key, item.value)
