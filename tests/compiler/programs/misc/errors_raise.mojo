def divide(a: Int, b: Int) raises -> Int:
    if b == 0:
        raise Error("division by zero")
    return a // b


def main():
    try:
        print(divide(10, 2))
        print(divide(1, 0))
    except e:
        print("caught:", e)
    finally:
        print("cleanup")
    try:
        raise Error("custom " + String(42))
    except e:
        var msg = String(e)
        print(msg.upper(), msg.byte_length())
