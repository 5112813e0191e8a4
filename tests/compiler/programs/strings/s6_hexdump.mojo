# A hexdump of a string's UTF-8 bytes, 8 per row, with a printable ASCII column.


def hex2(b: UInt8) -> String:
    var digits = "0123456789abcdef"
    return String(digits[byte = Int(b >> 4)]) + String(digits[byte = Int(b & 15)])


def main():
    var text = String("Hello, Mojo!\tTabs\nand ünïcödé 🔥 end")
    var bytes = text.as_bytes()
    var n = len(bytes)
    var off = 0
    while off < n:
        var line = hex(off, prefix="").ascii_rjust(4, "0") + ": "
        var ascii_col = String()
        for i in range(8):
            if off + i < n:
                var b = bytes[off + i]
                line += hex2(b) + " "
                if b >= 32 and b < 127:
                    ascii_col += chr(Int(b))
                else:
                    ascii_col += "."
            else:
                line += "   "
        print(line + " |" + ascii_col + "|")
        off += 8
    print("total bytes:", n, "codepoints:", text.count_codepoints())
    var checksum = 0
    for b in text.as_bytes():
        checksum = (checksum * 31 + Int(b)) % 1000003
    print("checksum:", checksum)
    print(hex(255), hex(-255), oct(8), bin(5), hex(0), bin(-3))
