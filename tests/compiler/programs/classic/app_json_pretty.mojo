# A small JSON parser into a tree of nodes stored in a List (children by
# index), then a pretty printer with indentation and a compact re-encoder.


comptime NULL = 0
comptime BOOL = 1
comptime NUMBER = 2
comptime STRING = 3
comptime ARRAY = 4
comptime OBJECT = 5


@fieldwise_init
struct JNode(Copyable):
    var kind: Int
    var text: String  # string value, number text, or "true"/"false"
    var keys: List[String]
    var children: List[Int]


struct JsonDoc:
    var nodes: List[JNode]
    var src: List[UInt8]
    var pos: Int

    def __init__(out self, text: String):
        self.nodes = List[JNode]()
        self.src = List[UInt8]()
        for b in text.as_bytes():
            self.src.append(b)
        self.pos = 0

    def peek(self) -> UInt8:
        return self.src[self.pos] if self.pos < len(self.src) else UInt8(0)

    def skip_ws(mut self):
        while self.pos < len(self.src) and self.peek() in [UInt8(32), UInt8(10), UInt8(9), UInt8(13)]:
            self.pos += 1

    def fail(self, msg: String) raises:
        raise Error("JSON error at offset " + String(self.pos) + ": " + msg)

    def add(mut self, kind: Int, text: String) -> Int:
        self.nodes.append(JNode(kind, text, List[String](), List[Int]()))
        return len(self.nodes) - 1

    def parse_string(mut self) raises -> String:
        self.pos += 1  # opening quote
        var out = String()
        while True:
            if self.pos >= len(self.src):
                self.fail("unterminated string")
            var c = self.src[self.pos]
            self.pos += 1
            if c == UInt8(ord('"')):
                return out
            if c == UInt8(ord("\\")):
                var e = self.src[self.pos]
                self.pos += 1
                if e == UInt8(ord("n")):
                    out += "\n"
                elif e == UInt8(ord("t")):
                    out += "\t"
                else:
                    out += chr(Int(e))
            else:
                out += chr(Int(c))

    def parse_value(mut self) raises -> Int:
        self.skip_ws()
        var c = self.peek()
        if c == UInt8(ord("{")):
            self.pos += 1
            var node = self.add(OBJECT, "")
            self.skip_ws()
            if self.peek() == UInt8(ord("}")):
                self.pos += 1
                return node
            while True:
                self.skip_ws()
                if self.peek() != UInt8(ord('"')):
                    self.fail("expected a key")
                var key = self.parse_string()
                self.skip_ws()
                if self.peek() != UInt8(ord(":")):
                    self.fail("expected ':'")
                self.pos += 1
                var child = self.parse_value()
                self.nodes[node].keys.append(key)
                self.nodes[node].children.append(child)
                self.skip_ws()
                if self.peek() == UInt8(ord(",")):
                    self.pos += 1
                elif self.peek() == UInt8(ord("}")):
                    self.pos += 1
                    return node
                else:
                    self.fail("expected ',' or '}'")
        if c == UInt8(ord("[")):
            self.pos += 1
            var node = self.add(ARRAY, "")
            self.skip_ws()
            if self.peek() == UInt8(ord("]")):
                self.pos += 1
                return node
            while True:
                var child = self.parse_value()
                self.nodes[node].children.append(child)
                self.skip_ws()
                if self.peek() == UInt8(ord(",")):
                    self.pos += 1
                elif self.peek() == UInt8(ord("]")):
                    self.pos += 1
                    return node
                else:
                    self.fail("expected ',' or ']'")
        if c == UInt8(ord('"')):
            return self.add(STRING, self.parse_string())
        var start = self.pos
        while self.pos < len(self.src) and (chr(Int(self.peek())) in "-+.eE0123456789abcdefghijklmnopqrstuvwxyz"):
            self.pos += 1
        var word = String()
        for i in range(start, self.pos):
            word += chr(Int(self.src[i]))
        if word == "true" or word == "false":
            return self.add(BOOL, word)
        if word == "null":
            return self.add(NULL, "null")
        if word.byte_length() == 0:
            self.fail("unexpected character '" + chr(Int(c)) + "'")
        _ = Float64(word)  # validates the number
        return self.add(NUMBER, word)


def quote(s: String) -> String:
    var out = String('"')
    for c in s.codepoint_slices():
        if c == '"':
            out += '\\"'
        elif c == "\n":
            out += "\\n"
        else:
            out += c
    return out + '"'


def pretty(doc: JsonDoc, n: Int, indent: Int, mut out: String):
    ref node = doc.nodes[n]
    var pad = String(" ") * (indent + 2)
    if node.kind == OBJECT or node.kind == ARRAY:
        var open = "{" if node.kind == OBJECT else "["
        var close = "}" if node.kind == OBJECT else "]"
        if len(node.children) == 0:
            out += open + close
            return
        out += open + "\n"
        for i in range(len(node.children)):
            out += pad
            if node.kind == OBJECT:
                out += quote(node.keys[i]) + ": "
            pretty(doc, node.children[i], indent + 2, out)
            out += ",\n" if i + 1 < len(node.children) else "\n"
        out += String(" ") * indent + close
    elif node.kind == STRING:
        out += quote(node.text)
    else:
        out += node.text


def compact(doc: JsonDoc, n: Int) -> String:
    ref node = doc.nodes[n]
    if node.kind == ARRAY:
        var parts = List[String]()
        for c in node.children:
            parts.append(compact(doc, c))
        return "[" + ",".join(parts) + "]"
    if node.kind == OBJECT:
        var parts = List[String]()
        for i in range(len(node.children)):
            parts.append(quote(node.keys[i]) + ":" + compact(doc, node.children[i]))
        return "{" + ",".join(parts) + "}"
    if node.kind == STRING:
        return quote(node.text)
    return node.text


def main():
    var inputs: List[String] = [
        '{"name": "mojito", "version": 1.2, "tags": ["fast", "python-like"], "meta": {"stable": true, "deps": [], "owner": null}}',
        '[1, [2, [3, [4]]], {"a\\nb": "say \\"hi\\""}]',
        '{"unterminated": "oops}',
        '{"a" 1}',
        '[1, 2,, 3]',
        '{"n": 1.5e3x}',
    ]
    for text in inputs:
        var doc = JsonDoc(text)
        try:
            var root = doc.parse_value()
            var out = String()
            pretty(doc, root, 0, out)
            print(out)
            print("compact:", compact(doc, root))
            print("nodes:", len(doc.nodes))
        except e:
            print(e)
