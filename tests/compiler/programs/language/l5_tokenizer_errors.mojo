# A tokenizer with a custom error type raised through typed `raises` and caught with its fields.


@fieldwise_init
struct LexError(Writable, Copyable):
    var pos: Int
    var msg: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write("LexError at ", self.pos, ": ", self.msg)


@fieldwise_init
struct Token(Copyable, Writable):
    var kind: String
    var text: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.kind, "(", self.text, ")")


def is_digit(c: String) -> Bool:
    return c >= "0" and c <= "9"


def is_alpha(c: String) -> Bool:
    return (c >= "a" and c <= "z") or (c >= "A" and c <= "Z") or c == "_"


def tokenize(src: String) raises LexError -> List[Token]:
    var out = List[Token]()
    var i = 0
    var n = src.byte_length()
    while i < n:
        var c = String(src[byte=i])
        if c == " ":
            i += 1
        elif is_digit(c):
            var start = i
            while i < n and is_digit(String(src[byte=i])):
                i += 1
            out.append(Token("NUM", String(src[byte=start:i])))
        elif is_alpha(c):
            var start = i
            while i < n and (is_alpha(String(src[byte=i])) or is_digit(String(src[byte=i]))):
                i += 1
            out.append(Token("IDENT", String(src[byte=start:i])))
        elif c == "+" or c == "-" or c == "*" or c == "/" or c == "(" or c == ")" or c == "=":
            out.append(Token("OP", c))
            i += 1
        else:
            raise LexError(i, "unexpected character '" + c + "'")
    return out^


def main():
    for src in ["x = 3 + foo2 * (41 - y)", "a + $b", "  12  "]:
        try:
            var toks = tokenize(src)
            for t in toks:
                print(t, end=" ")
            print()
        except e:
            print(e)
            print("  position", e.pos)
