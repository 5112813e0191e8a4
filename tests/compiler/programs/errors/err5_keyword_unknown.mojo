def greet(name: String, times: Int = 1):
    for _ in range(times):
        print("hi", name)

def main():
    greet("a", count=2)
