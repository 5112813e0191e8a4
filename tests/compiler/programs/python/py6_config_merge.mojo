# Merging configuration from Python dicts (parsed with json) into a typed Mojo
# struct: defaults, type checks via isinstance, None handling, nested keys,
# and errors for bad values; the result goes back to Python as a dict.
from std.python import Python, PythonObject


struct Config(Writable):
    var host: String
    var port: Int
    var debug: Bool
    var ratio: Float64
    var tags: List[String]

    def __init__(out self):
        self.host = "localhost"
        self.port = 8080
        self.debug = False
        self.ratio = 0.5
        self.tags = List[String]()

    def apply(mut self, d: PythonObject) raises:
        var b = Python.import_module("builtins")
        for key in d:
            var k = String(key)
            var v = d[key]
            if v is None:
                continue
            if k == "host":
                self.host = String(v)
            elif k == "port":
                if not b.isinstance(v, b.int) or b.isinstance(v, b.bool):
                    raise Error("port must be an int, got " + String(b.type(v).__name__))
                var p = Int(py=v)
                if p <= 0 or p > 65535:
                    raise Error("port out of range: " + String(p))
                self.port = p
            elif k == "debug":
                self.debug = Bool(py=v)
            elif k == "ratio":
                self.ratio = Float64(py=v)
            elif k == "tags":
                self.tags.clear()
                for t in v:
                    self.tags.append(String(t))
            elif k == "server":
                self.apply(v)
            else:
                raise Error("unknown key '" + k + "'")

    def to_py(self) raises -> PythonObject:
        var d = Python.dict()
        d["host"] = self.host
        d["port"] = self.port
        d["debug"] = self.debug
        d["ratio"] = self.ratio
        var tags = Python.list()
        for t in self.tags:
            tags.append(t)
        d["tags"] = tags
        return d

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Config(", self.host, ":", self.port, ", debug=", self.debug, ", ratio=", self.ratio, ", tags=", self.tags, ")")


def main() raises:
    var json = Python.import_module("json")
    var layers: List[String] = [
        '{"host": "example.org", "port": 443}',
        '{"debug": true, "tags": ["a", "b"], "ratio": 0.75}',
        '{"server": {"port": 9000, "host": null}}',
        '{"port": "80"}',
        '{"port": 70000}',
        '{"colour": "red"}',
        '{"port": true}',
        '{not json}',
    ]
    var cfg = Config()
    print("start:", cfg)
    for text in layers:
        try:
            var d = json.loads(text)
            cfg.apply(d)
            print("ok:", cfg)
        except e:
            print("rejected", text, "->", e)
    var out = cfg.to_py()
    print(json.dumps(out, sort_keys=True))
    print("round trip port:", Int(py=json.loads(json.dumps(out))["port"]) == cfg.port)
