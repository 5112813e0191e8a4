# atol raises on bad input; calling it from a non-raising function is an error.


def parse_port(s: String) -> Int:
    return atol(s)


def main():
    print(parse_port("8080"))
