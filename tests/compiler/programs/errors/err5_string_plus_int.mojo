def main():
    var s = "age: " + 42
    print(s)
