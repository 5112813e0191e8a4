struct Guard:
    def __init__(out self):
        pass

    def __enter__(self):
        print("enter")

    def __exit__(self):
        raise Error("exit failed")


def main():
    with Guard():
        print("inside")
