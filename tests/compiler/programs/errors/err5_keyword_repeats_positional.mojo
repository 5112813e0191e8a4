def g(a: Int, b: Int = 2):
    print(a, b)

def main():
    g(1, a=2)
