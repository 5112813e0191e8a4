from std.hash import hash, hash_bytes

def main():
    var h: UInt64 = hash(42)
    print(h == hash(42), hash("a") == hash(String("a")), hash(3) == hash(4), hash(2.5) == hash(2.5), hash(True) != hash(False))
    var b: List[UInt8] = [1, 2, 3]
    print(hash_bytes(b) == hash_bytes(b))
