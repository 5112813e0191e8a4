def main():
    var digits = 0
    var upper = 0
    var spaces = 0
    var wide = 0
    for c in String("Hello World 42 ü€").codepoints():
        if c.is_ascii_digit():
            digits += 1
        if c.is_ascii_upper():
            upper += 1
        if c.is_posix_space():
            spaces += 1
        if c.utf8_byte_length() > 1:
            wide += 1
        if not c.is_ascii():
            print(c, c.to_u32())
    print(digits, upper, spaces, wide)
