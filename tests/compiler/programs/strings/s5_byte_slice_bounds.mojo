# Byte slices are not clamped: a bound past the end aborts (ContiguousSlice).
def main():
    var s = String("hello, there")
    print(s[byte=0:5], s[byte=7:], s[byte=:5], s[byte=12:], "|", s[byte=3:3], "|")
    print(s[byte=0], s[byte=11], s[byte=1:12])
    var n = s.byte_length()
    var stop = n + 4
    print("about to slice past the end")
    print(s[byte=5:stop])
    print("not reached")
