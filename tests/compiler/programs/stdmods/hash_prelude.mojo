def main():
    print(hash(42) == hash(42), hash("a") == hash(String("a")), hash(3) == hash(4))
