# A byte index outside the string aborts with Mojo's assertion message.
def main():
    var s = String("xyz")
    for i in range(3):
        print(i, s[byte=i])
    var k = 3
    print(s[byte=k])
