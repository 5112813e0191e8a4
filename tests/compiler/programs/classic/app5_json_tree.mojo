# A tiny JSON parser building a tree of nodes kept in an arena (a List of
# nodes referring to their children by index), and a pretty printer.

comptime NULL = 0
comptime BOOL = 1
comptime NUM = 2
comptime STR = 3
comptime ARR = 4
comptime OBJ = 5


struct Json(Copyable):
    var kind: Int
    var text: String  # number text, string value, or "true"/"false"
    var items: List[Int]  # indices into the parser's node arena
    var keys: List[String]

    def __init__(out self, kind: Int, text: String = ""):
        self.kind = kind
        self.text = text
        self.items = List[Int]()
        self.keys = List[String]()


struct Parser:
    var src: String
    var pos: Int
    var nodes: List[Json]

    def __init__(out self, src: String):
        self.src = src
        self.pos = 0
        self.nodes = List[Json]()

    def add(mut self, var node: Json) -> Int:
        self.nodes.append(node^)
        return len(self.nodes) - 1

    def peek(self) -> String:
        if self.pos >= self.src.byte_length():
            return ""
        return String(self.src[byte=self.pos])

    def skip_ws(mut self):
        while self.peek() == " " or self.peek() == "\n":
            self.pos += 1

    def expect(mut self, c: String) raises:
        self.skip_ws()
        if self.peek() != c:
            raise Error("expected '" + c + "' at " + String(self.pos) + ", found '" + self.peek() + "'")
        self.pos += 1

    def parse_string(mut self) raises -> String:
        self.expect('"')
        var start = self.pos
        while self.peek() != '"':
            if self.peek() == "":
                raise Error("unterminated string")
            self.pos += 1
        var s = String(self.src[byte=start:self.pos])
        self.pos += 1
        return s

    def value(mut self) raises -> Int:
        self.skip_ws()
        var c = self.peek()
        if c == "{":
            self.pos += 1
            var obj = Json(OBJ)
            self.skip_ws()
            if self.peek() == "}":
                self.pos += 1
                return self.add(obj^)
            while True:
                obj.keys.append(self.parse_string())
                self.expect(":")
                obj.items.append(self.value())
                self.skip_ws()
                if self.peek() == ",":
                    self.pos += 1
                    continue
                self.expect("}")
                return self.add(obj^)
        if c == "[":
            self.pos += 1
            var arr = Json(ARR)
            self.skip_ws()
            if self.peek() == "]":
                self.pos += 1
                return self.add(arr^)
            while True:
                arr.items.append(self.value())
                self.skip_ws()
                if self.peek() == ",":
                    self.pos += 1
                    continue
                self.expect("]")
                return self.add(arr^)
        if c == '"':
            var text = self.parse_string()
            return self.add(Json(STR, text))
        for word in ["true", "false", "null"]:
            if self.src[byte=self.pos:].startswith(word):
                self.pos += word.byte_length()
                return self.add(Json(NULL) if word == "null" else Json(BOOL, word))
        var start = self.pos
        while self.peek() != "" and (self.peek() in "-+.eE0123456789"):
            self.pos += 1
        if start == self.pos:
            raise Error("unexpected '" + c + "' at " + String(self.pos))
        return self.add(Json(NUM, String(self.src[byte=start:self.pos])))


def pretty(nodes: List[Json], at: Int, indent: Int = 0) -> String:
    ref j = nodes[at]
    var pad = " " * (indent + 2)
    if j.kind == NULL:
        return "null"
    if j.kind == BOOL or j.kind == NUM:
        return j.text
    if j.kind == STR:
        return '"' + j.text + '"'
    if len(j.items) == 0:
        return "[]" if j.kind == ARR else "{}"
    var out = "[\n" if j.kind == ARR else "{\n"
    for i in range(len(j.items)):
        out += pad
        if j.kind == OBJ:
            out += '"' + j.keys[i] + '": '
        out += pretty(nodes, j.items[i], indent + 2)
        out += ",\n" if i < len(j.items) - 1 else "\n"
    out += " " * indent + ("]" if j.kind == ARR else "}")
    return out


def depth(nodes: List[Json], at: Int) -> Int:
    var d = 0
    for child in nodes[at].items:
        d = max(d, depth(nodes, child))
    return d + 1


def main():
    var docs: List[String] = [
        '{"name": "mojo", "tags": ["fast", "pythonic"], "version": 1.2, "meta": {"stable": true, "owner": null}, "empty": []}',
        "[1, [2, [3, []]], -4.5e2]",
        '{"a": }',
        '["unterminated]',
    ]
    for d in docs:
        try:
            var p = Parser(d)
            var root = p.value()
            print(pretty(p.nodes, root))
            print("nodes:", len(p.nodes), "depth:", depth(p.nodes, root))
        except e:
            print("parse error:", e)
