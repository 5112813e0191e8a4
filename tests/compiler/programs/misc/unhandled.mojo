def main() raises:
    print("start")
    raise Error("something broke")
