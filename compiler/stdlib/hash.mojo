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


trait Hasher:
    """Mojo 1.2's hasher protocol: a struct's `__hash__(self, mut hasher: Some[Hasher])` feeds its
    fields with `self.field.__hash__(hasher)` (the checker turns that into `_mix` of the field's hash)."""

    def _mix(mut self, x: Int):
        ...

    def finish(var self) -> UInt64:
        ...


struct _DefaultHasher(Hasher, Defaultable):
    var _h: Int

    def __init__(out self):
        self._h = -3750763034362895579

    def _mix(mut self, x: Int):
        # FNV-1a over 64-bit words, then the multiplicative mix of collections' `_hash` at the end.
        self._h = (self._h ^ x) * 1099511628211

    def finish(var self) -> UInt64:
        var h = self._h * -7046029254386353131
        return UInt64(h ^ (h >> 29))


def _hash_of[T: Hashable](x: T) -> UInt64:
    """hash(x) of a struct with Mojo 1.2's `__hash__(self, mut hasher: Some[Hasher])`."""
    var h = _DefaultHasher()
    x.__hash__(h)
    return h^.finish()
