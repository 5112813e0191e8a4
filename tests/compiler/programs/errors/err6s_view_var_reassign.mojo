# A variable holding line.strip() still borrows line; assigning line from it is an aliasing error.


def main():
    var line = String("   indented text")
    var trimmed = line.strip()
    print(trimmed.byte_length())
    line = String(trimmed)
    print(line)
