def f() raises -> Int:
    raise Error("nope")

comptime X = f()

def main():
    print(X)
