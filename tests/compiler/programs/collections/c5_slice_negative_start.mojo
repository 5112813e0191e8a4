def main():
    var xs: List[Int] = [1, 2, 3, 4, 5]
    xs.append(6)
    print("xs[-1:-3]", xs[-1:-3])
