def main():
    var a = 3
    if True:
        var a = 4
        print(a)
    print(a)
