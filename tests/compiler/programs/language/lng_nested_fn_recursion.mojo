# A nested function cannot call itself in Mojo 1.2: recursion needs a
# function at file scope.


def main():
    def fact(n: Int) -> Int:
        if n <= 1:
            return 1
        return n * fact(n - 1)

    print(fact(5))
