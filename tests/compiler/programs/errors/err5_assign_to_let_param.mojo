def double(x: Int) -> Int:
    x = x * 2
    return x

def main():
    print(double(4))
