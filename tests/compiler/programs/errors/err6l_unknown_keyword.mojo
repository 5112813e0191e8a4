def greet(name: String, greeting: String = "Hello") -> String:
    return greeting + ", " + name


def main():
    print(greet("Ann"))
    print(greet("Bob", salutation="Hi"))
