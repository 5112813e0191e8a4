def main():
    var c = Codepoint(65)
    print(c)
    print(String(Codepoint(66)))
