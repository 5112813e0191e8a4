def repeat_char(c: String, n: Int) -> String:
    var out = String()
    for _ in range(n):
        out += c
    return out


def main():
    for i in range(1, 5):
        print(repeat_char("*", i).ascii_rjust(4))
    var s = String("Hello, World!")
    var rev = String()
    for cp in s.codepoint_slices_reversed():
        rev += cp
    print(rev)
    var caps = 0
    for b in s.as_bytes():
        if Int(b) >= ord("A") and Int(b) <= ord("Z"):
            caps += 1
    print("capitals:", caps)
    var csv = String("name,age\nalice,30\nbob,25")
    for line in csv.splitlines():
        var fields = line.split(",")
        print(fields[0].ascii_ljust(6, "."), fields[1])
    print(String("a-b-c").replace("-", "+"), String("aaa").replace("a", "bb"))
    print(String("x=") + String(3.25) + ", y=" + String(-0.5))
    print(String("Mojo").lower().upper())
