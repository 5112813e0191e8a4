from std.base64 import b64encode, b64decode, b16encode, b16decode


def main() raises:
    for s in ["abc=", "ab==", "a===", "====", "ab!c", "YW Jj", "YWJj\n", "Y=Jj", "", "YWJjZA=="]:
        try:
            var d = b64decode(s)
            print(repr(s), d)
        except e:
            print(repr(s), "error:", e)
    for s in ["6869", "686", "zz", "6A6b", ""]:
        try:
            print(repr(s), b16decode(s))
        except e:
            print(repr(s), "error:", e)
    var bytes: List[UInt8] = [0, 255, 128, 10]
    print(b64encode(bytes), b16encode("\xff"))
    var r = String()
    b64encode(bytes, r)
    print(r)
    print(b64encode("héllo"), b16encode("héllo"))
