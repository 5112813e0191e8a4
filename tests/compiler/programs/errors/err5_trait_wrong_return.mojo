trait A:
    def f(self) -> Int: ...

@fieldwise_init
struct S(A):
    var v: Int
    def f(self) -> String:
        return "x"

def main():
    print(S(1).v)
