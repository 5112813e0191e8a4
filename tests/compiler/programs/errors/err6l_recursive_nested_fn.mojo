def count_down(n: Int) -> Int:
    def step(k: Int) -> Int:
        if k == 0:
            return 0
        return 1 + step(k - 1)

    return step(n)


def main():
    print(count_down(5))
