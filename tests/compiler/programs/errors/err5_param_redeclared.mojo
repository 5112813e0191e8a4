def f(x: Int):
    var x = 2
    print(x)

def main():
    f(1)
