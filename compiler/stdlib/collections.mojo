# std.collections: Dict and Set, written in Mojo over List. Both are in the prelude (usable without an
# import), and importable from std.collections.
#
# Dict keeps its entries in insertion order in three parallel lists and finds them through an
# open-addressing index (`_slots`: -1 empty, -2 deleted, otherwise an entry number), so lookups are
# O(1) on average and iteration follows insertion order, as in Mojo and Python.


def _hash(x: Int) -> Int:
    # A multiplicative mix: consecutive integers land in different slots.
    var h = x * -7046029254386353131
    return h ^ (h >> 29)


def _hash(x: String) -> Int:
    # FNV-1a over the bytes.
    var h = -3750763034362895579
    for i in range(x.byte_length()):
        h = (h ^ Int(__load_byte(__str_ptr(x), i))) * 1099511628211
    return h


def _hash(x: Bool) -> Int:
    return 1 if x else 0


def _hash(x: Float64) -> Int:
    return _hash(Int(x * 1000003.0))


@fieldwise_init
struct DictEntry[K: KeyElement, V: Copyable](Copyable, Writable):
    var key: Self.K
    var value: Self.V

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.key, ": ", self.value)


struct Dict[K: KeyElement, V: Copyable](Sized, Writable, Copyable):
    var _keys: List[Self.K]
    var _values: List[Self.V]
    var _live: List[Bool]
    var _slots: List[Int]
    var _size: Int

    def __init__(out self):
        self._keys = List[Self.K]()
        self._values = List[Self.V]()
        self._live = List[Bool]()
        self._slots = List[Int](length=8, fill=-1)
        self._size = 0

    @staticmethod
    def _from_lists(keys: List[Self.K], values: List[Self.V]) -> Self:
        var d = Self()
        for i in range(len(keys)):
            d[keys[i]] = values[i]
        return d^

    def _slot_of(self, key: Self.K) -> Int:
        # The slot holding key, or -1.
        var mask = len(self._slots) - 1
        var i = _hash(key) & mask
        while True:
            var e = self._slots[i]
            if e == -1:
                return -1
            if e >= 0 and self._keys[e] == key:
                return i
            i = (i + 1) & mask

    def _place(mut self, e: Int):
        var mask = len(self._slots) - 1
        var i = _hash(self._keys[e]) & mask
        while self._slots[i] >= 0:
            i = (i + 1) & mask
        self._slots[i] = e

    def _rebuild(mut self, nslots: Int):
        # Drop deleted entries and re-index.
        var keys = List[Self.K]()
        var values = List[Self.V]()
        var live = List[Bool]()
        for e in range(len(self._keys)):
            if self._live[e]:
                keys.append(self._keys[e].copy())
                values.append(self._values[e].copy())
                live.append(True)
        self._keys = keys^
        self._values = values^
        self._live = live^
        self._slots = List[Int](length=nslots, fill=-1)
        for e in range(len(self._keys)):
            self._place(e)

    def __setitem__(mut self, key: Self.K, value: Self.V):
        var s = self._slot_of(key)
        if s >= 0:
            self._values[self._slots[s]] = value.copy()
            return
        if (len(self._keys) + 1) * 4 > len(self._slots) * 3:
            var n = len(self._slots)
            if self._size * 2 > n:
                n *= 2
            self._rebuild(n)
        self._keys.append(key.copy())
        self._values.append(value.copy())
        self._live.append(True)
        self._place(len(self._keys) - 1)
        self._size += 1

    def __getitem__(self, key: Self.K) raises -> Self.V:
        var s = self._slot_of(key)
        if s < 0:
            raise Error("KeyError")
        return self._values[self._slots[s]].copy()

    def __contains__(self, key: Self.K) -> Bool:
        return self._slot_of(key) >= 0

    def __len__(self) -> Int:
        return self._size

    def __bool__(self) -> Bool:
        return self._size > 0

    def get(self, key: Self.K) -> Optional[Self.V]:
        var s = self._slot_of(key)
        if s < 0:
            return None
        return self._values[self._slots[s]].copy()

    def get(self, key: Self.K, default: Self.V) -> Self.V:
        var s = self._slot_of(key)
        if s < 0:
            return default.copy()
        return self._values[self._slots[s]].copy()

    def pop(mut self, key: Self.K) raises -> Self.V:
        var s = self._slot_of(key)
        if s < 0:
            raise Error("KeyError")
        var e = self._slots[s]
        self._slots[s] = -2
        self._live[e] = False
        self._size -= 1
        return self._values[e].copy()

    def pop(mut self, key: Self.K, default: Self.V) -> Self.V:
        var s = self._slot_of(key)
        if s < 0:
            return default.copy()
        var e = self._slots[s]
        self._slots[s] = -2
        self._live[e] = False
        self._size -= 1
        return self._values[e].copy()

    def setdefault(mut self, key: Self.K, default: Self.V) -> Self.V:
        var s = self._slot_of(key)
        if s >= 0:
            return self._values[self._slots[s]].copy()
        self[key] = default
        return default.copy()

    def clear(mut self):
        self._keys = List[Self.K]()
        self._values = List[Self.V]()
        self._live = List[Bool]()
        self._slots = List[Int](length=8, fill=-1)
        self._size = 0

    def keys(self) -> List[Self.K]:
        var out = List[Self.K]()
        for e in range(len(self._keys)):
            if self._live[e]:
                out.append(self._keys[e].copy())
        return out^

    def values(self) -> List[Self.V]:
        var out = List[Self.V]()
        for e in range(len(self._keys)):
            if self._live[e]:
                out.append(self._values[e].copy())
        return out^

    def items(self) -> List[DictEntry[Self.K, Self.V]]:
        var out = List[DictEntry[Self.K, Self.V]]()
        for e in range(len(self._keys)):
            if self._live[e]:
                out.append(DictEntry[Self.K, Self.V](self._keys[e].copy(), self._values[e].copy()))
        return out^

    def __iter__(self) -> List[Self.K]:
        return self.keys()

    def update(mut self, other: Self):
        for e in range(len(other._keys)):
            if other._live[e]:
                self[other._keys[e]] = other._values[e]

    def copy(self) -> Self:
        var d = Self()
        d.update(self)
        return d^

    def write_to(self, mut writer: Some[Writer]):
        writer.write("{")
        var first = True
        for e in range(len(self._keys)):
            if self._live[e]:
                if not first:
                    writer.write(", ")
                first = False
                writer.write(self._keys[e], ": ", self._values[e])
        writer.write("}")


struct Set[T: KeyElement](Sized, Writable, Copyable):
    var _items: Dict[Self.T, Bool]

    def __init__(out self):
        self._items = Dict[Self.T, Bool]()

    @staticmethod
    def _from_list(items: List[Self.T]) -> Self:
        var s = Self()
        for i in range(len(items)):
            s.add(items[i])
        return s^

    def add(mut self, value: Self.T):
        self._items[value] = True

    def remove(mut self, value: Self.T) raises:
        _ = self._items.pop(value)

    def discard(mut self, value: Self.T):
        _ = self._items.pop(value, False)

    def __contains__(self, value: Self.T) -> Bool:
        return value in self._items

    def __len__(self) -> Int:
        return len(self._items)

    def __bool__(self) -> Bool:
        return len(self._items) > 0

    def __iter__(self) -> List[Self.T]:
        return self._items.keys()

    def copy(self) -> Self:
        var s = Self()
        s._items = self._items.copy()
        return s^

    def union(self, other: Self) -> Self:
        var s = self.copy()
        for x in other._items.keys():
            s.add(x)
        return s^

    def intersection(self, other: Self) -> Self:
        var s = Self()
        for x in self._items.keys():
            if x in other:
                s.add(x)
        return s^

    def difference(self, other: Self) -> Self:
        var s = Self()
        for x in self._items.keys():
            if not (x in other):
                s.add(x)
        return s^

    def __or__(self, other: Self) -> Self:
        return self.union(other)

    def __and__(self, other: Self) -> Self:
        return self.intersection(other)

    def __sub__(self, other: Self) -> Self:
        return self.difference(other)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("{")
        var first = True
        for x in self._items.keys():
            if not first:
                writer.write(", ")
            first = False
            writer.write(x)
        writer.write("}")
