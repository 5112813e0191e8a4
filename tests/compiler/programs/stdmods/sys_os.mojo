from std.sys import argv, size_of, simd_width_of, num_physical_cores, num_logical_cores, exit
from std.os import getenv
from std.os.path import exists


def main():
    var args = argv()
    print(len(args) >= 1)
    print(size_of[Int](), size_of[UInt8](), size_of[Float32](), size_of[DType.float64]())
    print(simd_width_of[DType.float32]() >= 4)
    print(num_physical_cores() >= 1, num_logical_cores() >= 1)
    print(getenv("MOJITO_SURELY_UNSET_VAR"), getenv("MOJITO_SURELY_UNSET_VAR", "dflt"))
    print(getenv("PATH").byte_length() > 0)
    print(exists("/"), exists("/no/such/path/here"))
    print("before exit")
    exit(0)
    print("after exit")
