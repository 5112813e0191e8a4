def main():
    print(String("12345").is_ascii_digit(), String("12a").is_ascii_digit(), String("").is_ascii_digit())
    print(String("   ").isspace(), String(" a ").isspace(), String("").isspace())
    print(String("abc").isupper(), String("ABC").isupper(), String("abc").islower(), String("aBc").islower())
    print(String("  x ").is_ascii_whitespace(), String(" ").is_ascii_whitespace())
    print(String("hi!").is_ascii_printable())
    var t = String("Mojo")
    print(Bool(t), Bool(String("")))
