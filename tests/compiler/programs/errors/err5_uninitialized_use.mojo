def main():
    var x: Int
    if True:
        print("hi")
    print(x)
