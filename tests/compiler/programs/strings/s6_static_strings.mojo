# StaticString constants, comptime strings, and functions taking StringSlice.

comptime GREETING = "Hello"
comptime SEP: StaticString = ", "
comptime VOWELS = "aeiouAEIOU"


def count_vowels(s: StringSlice) -> Int:
    var n = 0
    for cp in s.codepoints():
        if String(cp) in VOWELS:
            n += 1
    return n


def shout(s: StringSlice) -> String:
    return s.upper() + "!"


def label(name: StaticString, value: Int) -> String:
    return String(name) + "=" + String(value)


def main():
    var who = String("world")
    print(GREETING + SEP + who)
    print(count_vowels("Programming in Mojo"), count_vowels(who), count_vowels(who[byte=1:3]))
    print(shout(who), shout("quiet"), shout(who.strip()))
    print(label("width", 80), label("height", 24))
    var s: StaticString = "static text"
    print(s, s.byte_length(), s.upper(), s.find("text"), s.split(" "))
    comptime N = GREETING.byte_length()
    print("comptime length:", N)
    var sl = StringSlice(who)
    print(sl, sl.byte_length(), sl == "world", sl.startswith("wor"))
