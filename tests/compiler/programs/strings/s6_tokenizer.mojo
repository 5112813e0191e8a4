# A tokenizer for a tiny expression language, with token kinds and positions.


@fieldwise_init
struct Token(Copyable, Movable, Writable):
    var kind: String
    var text: String
    var pos: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.kind, "(", repr(self.text), ")@", self.pos)


def is_ident_start(byte: UInt8) -> Bool:
    var c = Int(byte)
    return (c >= ord("a") and c <= ord("z")) or (c >= ord("A") and c <= ord("Z")) or c == ord("_")


def is_digit(c: UInt8) -> Bool:
    return c >= UInt8(ord("0")) and c <= UInt8(ord("9"))


def tokenize(src: String) raises -> List[Token]:
    var toks = List[Token]()
    var b = src.as_bytes()
    var n = len(b)
    var i = 0
    var keywords: List[String] = ["let", "if", "else", "print"]
    while i < n:
        var c = b[i]
        if c == UInt8(ord(" ")) or c == UInt8(ord("\t")) or c == UInt8(ord("\n")):
            i += 1
            continue
        var start = i
        if is_digit(c):
            while i < n and (is_digit(b[i]) or b[i] == UInt8(ord("."))):
                i += 1
            toks.append(Token("NUM", String(src[byte=start:i]), start))
        elif is_ident_start(c):
            while i < n and (is_ident_start(b[i]) or is_digit(b[i])):
                i += 1
            var word = String(src[byte=start:i])
            toks.append(Token("KW" if word in keywords else "ID", word, start))
        elif c == UInt8(ord('"')):
            i += 1
            while i < n and b[i] != UInt8(ord('"')):
                i += 1
            if i >= n:
                raise Error("unterminated string at " + String(start))
            i += 1
            toks.append(Token("STR", String(src[byte=start + 1 : i - 1]), start))
        else:
            var two = String(src[byte=i : min(i + 2, n)])
            if two in ["==", "!=", "<=", ">=", "->"]:
                toks.append(Token("OP", two, start))
                i += 2
            elif String(src[byte=i : i + 1]) in "+-*/=<>(){};,":
                toks.append(Token("OP", String(src[byte=i : i + 1]), start))
                i += 1
            else:
                raise Error("unexpected character " + repr(String(src[byte=i : i + 1])) + " at " + String(i))
    return toks^


def main():
    var programs: List[String] = [
        "let x = 3.14 * (r + 2);",
        'if x >= 10 { print("big"); } else { print("small"); }',
        "f(a, b) -> a != b",
        'let s = "unterminated',
        "let y = x @ 2;",
    ]
    for p in programs:
        print("source:", p)
        try:
            var toks = tokenize(p)
            var line = String()
            for t in toks:
                line.write(t, " ")
            print("  ", len(toks), "tokens:", line)
        except e:
            print("   error:", e)
