# A JSON-like document: nodes live in a pool (List-backed tree, children by
# index), a parser for a subset of JSON and a pretty printer with indentation.


@fieldwise_init
struct JNode(Copyable):
    var tag: Int  # 0 null, 1 bool, 2 number, 3 string, 4 array, 5 object
    var num: Float64
    var text: String
    var kids: List[Int]
    var keys: List[String]


def new_node(tag: Int) -> JNode:
    return JNode(tag, 0.0, "", List[Int](), List[String]())


struct Doc:
    var nodes: List[JNode]
    var src: String
    var i: Int

    def __init__(out self, src: String):
        self.nodes = List[JNode]()
        self.src = src
        self.i = 0

    def add(mut self, var n: JNode) -> Int:
        self.nodes.append(n^)
        return len(self.nodes) - 1

    def ch(self) -> String:
        if self.i >= self.src.byte_length():
            return ""
        return String(self.src[byte=self.i])

    def skip(mut self):
        while self.ch() == " " or self.ch() == "\n":
            self.i += 1

    def parse(mut self) raises -> Int:
        self.skip()
        var c = self.ch()
        if c == "{":
            self.i += 1
            var obj = self.add(new_node(5))
            self.skip()
            if self.ch() == "}":
                self.i += 1
                return obj
            while True:
                self.skip()
                var k = self.parse()
                if self.nodes[k].tag != 3:
                    raise Error("object key must be a string at " + String(self.i))
                self.skip()
                if self.ch() != ":":
                    raise Error("expected ':' at " + String(self.i))
                self.i += 1
                var key = self.nodes[k].text
                var v = self.parse()
                self.nodes[obj].keys.append(key)
                self.nodes[obj].kids.append(v)
                self.skip()
                if self.ch() == ",":
                    self.i += 1
                elif self.ch() == "}":
                    self.i += 1
                    return obj
                else:
                    raise Error("expected ',' or '}' at " + String(self.i))
        if c == "[":
            self.i += 1
            var arr = self.add(new_node(4))
            self.skip()
            if self.ch() == "]":
                self.i += 1
                return arr
            while True:
                var v = self.parse()
                self.nodes[arr].kids.append(v)
                self.skip()
                if self.ch() == ",":
                    self.i += 1
                elif self.ch() == "]":
                    self.i += 1
                    return arr
                else:
                    raise Error("expected ',' or ']' at " + String(self.i))
        if c == '"':
            self.i += 1
            var start = self.i
            while self.ch() != '"':
                if self.ch() == "":
                    raise Error("unterminated string")
                self.i += 1
            var s = new_node(3)
            s.text = String(self.src[byte=start:self.i])
            self.i += 1
            return self.add(s^)
        var rest = String(self.src[byte=self.i:])
        if rest.startswith("true") or rest.startswith("false"):
            var b = new_node(1)
            b.num = 1.0 if c == "t" else 0.0
            self.i += 4 if c == "t" else 5
            return self.add(b^)
        if rest.startswith("null"):
            self.i += 4
            return self.add(new_node(0))
        var start = self.i
        while self.ch() != "" and (self.ch().is_ascii_digit() or self.ch() in "-+.eE"):
            self.i += 1
        if start == self.i:
            raise Error("unexpected '" + c + "' at " + String(self.i))
        var n = new_node(2)
        n.num = atof(String(self.src[byte=start:self.i]))
        return self.add(n^)

    def pretty(self, idx: Int, depth: Int, mut out: String):
        ref n = self.nodes[idx]
        var pad = String(" ") * (2 * (depth + 1))
        var endpad = String(" ") * (2 * depth)
        if n.tag == 0:
            out += "null"
        elif n.tag == 1:
            out += "true" if n.num != 0 else "false"
        elif n.tag == 2:
            if n.num == Float64(Int(n.num)):
                out += String(Int(n.num))
            else:
                out += String(n.num)
        elif n.tag == 3:
            out += '"' + n.text + '"'
        else:
            var open = "[" if n.tag == 4 else "{"
            var close = "]" if n.tag == 4 else "}"
            if len(n.kids) == 0:
                out += open + close
                return
            out += open + "\n"
            for i in range(len(n.kids)):
                out += pad
                if n.tag == 5:
                    out += '"' + n.keys[i] + '": '
                self.pretty(n.kids[i], depth + 1, out)
                out += ",\n" if i + 1 < len(n.kids) else "\n"
            out += endpad + close

    def depth(self, idx: Int) -> Int:
        var best = 0
        for k in self.nodes[idx].kids:
            best = max(best, self.depth(k))
        return best + 1


def main():
    var docs: List[String] = [
        '{"name": "mojo", "version": 1.2, "tags": ["fast", "pythonic"], "stable": true}',
        '[1, 2.5, -3, [], {}, null, {"deep": {"deeper": [false]}}]',
        '{"a": 1,}',
        '{"a" 1}',
        '["open',
        '42',
        '{"matrix": [[1, 2], [3, 4]], "empty": "", "small": 0.000125, "neg": -2.5e-3}',
    ]
    for d in docs:
        var doc = Doc(d)
        try:
            var root = doc.parse()
            var out = String()
            doc.pretty(root, 0, out)
            print(out)
            print("nodes:", len(doc.nodes), "depth:", doc.depth(root))
        except e:
            print("parse error:", e)
