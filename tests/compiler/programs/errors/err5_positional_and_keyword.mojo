def g(a: Int, b: Int):
    print(a, b)

def main():
    g(1, a=2)
