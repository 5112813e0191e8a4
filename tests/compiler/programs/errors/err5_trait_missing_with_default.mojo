trait A:
    def f(self) -> Int: ...
    def g(self) -> Int:
        return 1

@fieldwise_init
struct S(A):
    var v: Int
    def g(self) -> Int:
        return 2

def main():
    print(S(1).v)
