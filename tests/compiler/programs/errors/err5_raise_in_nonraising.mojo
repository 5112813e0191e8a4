def check(x: Int) -> Int:
    if x < 0:
        raise Error("neg")
    return x

def main():
    print(check(3))
