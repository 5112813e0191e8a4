# The first program of every Mojito user: `make run` compiles and runs it.
def main():
    print("Hello from Mojito!")
    var total = 0
    for i in range(1, 101):
        total += i
    print("1 + 2 + ... + 100 =", total)
