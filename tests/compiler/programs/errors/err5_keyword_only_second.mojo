def g(a: Int, b: Int):
    print(a, b)

def main():
    g(b=2)
