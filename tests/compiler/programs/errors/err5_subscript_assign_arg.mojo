def f(xs: List[Int]):
    xs[0] = 5

def main():
    f([1])
