# std.hash: hash(x) -> UInt64 for the built-in key types (in the prelude, as in Mojo).
#
# The values come from the hashes that Dict and Set use (stdlib/collections.mojo), not from Mojo's
# AHasher: equal values hash equal and different ones almost surely differ, but the numbers differ
# from Mojo's, which are not stable across Mojo versions either.


def hash(hashable: Int) -> UInt64:
    return UInt64(_hash(hashable))


def hash(hashable: String) -> UInt64:
    return UInt64(_hash(hashable))


def hash(hashable: Bool) -> UInt64:
    return UInt64(_hash(Int(hashable)))


def hash(hashable: Float64) -> UInt64:
    # By the bits, so that 0.5 and 0.75 differ (collections' float hash rounds).
    return UInt64(_hash(String(hashable)))


def hash_bytes(bytes: List[UInt8]) -> UInt64:
    var h = -3750763034362895579
    for i in range(len(bytes)):
        h = (h ^ Int(bytes[i])) * 1099511628211
    return UInt64(h)
