def f(xs: List[Int]):
    xs.append(5)

def main():
    f([1])
