# std.hash: `hash(x) -> UInt64` is a checker builtin (check/builtins.py: Int, String, Bool, floats,
# and structs with `__hash__`), in the prelude as in Mojo; `hash_bytes` is here.
#
# The values come from the hashes that Dict and Set use (stdlib/collections.mojo), not from Mojo's
# AHasher: equal values hash equal and different ones almost surely differ, but the numbers differ
# from Mojo's, which are not stable across Mojo versions either.


def hash_bytes(bytes: List[UInt8]) -> UInt64:
    """FNV-1a over the bytes."""
    var h = -3750763034362895579
    for i in range(len(bytes)):
        h = (h ^ Int(bytes[i])) * 1099511628211
    return UInt64(h)
