def add(a: Int, b: Int) -> Int:
    return a + b

def main():
    print(add(1, 2, 3))
