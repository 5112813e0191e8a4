# A byte slice whose start is past its end aborts.
def main():
    var s = String("abcdefg")
    var a = 5
    var b = 2
    print(s[byte=b:a])
    print(s[byte=a:b])
