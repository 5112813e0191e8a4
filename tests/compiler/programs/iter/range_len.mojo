def main():
    print(len(range(3, 10, 2)), len(range(5)), len(range(2, 2)), len(range(10, 0, -3)), len(range(0, 10, -1)), len(range(-5, 5)))
    var n = 7
    print(len(range(n)), len(range(1, n, 3)))
