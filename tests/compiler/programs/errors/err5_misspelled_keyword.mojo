def greet(name: String, times: Int = 1):
    print(name, times)

def main():
    greet(nme="a")
