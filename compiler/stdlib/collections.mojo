# std.collections: Dict and Set, written in Mojo over List. Both are in the prelude (usable without an
# import), and importable from std.collections.
#
# Dict keeps its entries in insertion order in three parallel lists and finds them through an
# open-addressing index (`_slots`: -1 empty, -2 deleted, otherwise an entry number), so lookups are
# O(1) on average and iteration follows insertion order, as in Mojo and Python.

from std.collections.binary_heap import BinaryHeap  # (its own file: collections.binary_heap.mojo)


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


def _hash[T: Hashable](x: T) -> Int:
    # A user struct key: its `__hash__(self, mut hasher)` through std.hash's default hasher.
    return Int(_hash_of(x))


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

    def __getitem__(ref self, key: Self.K) raises -> ref[self._values] Self.V:
        # A reference to the stored value, as Mojo: `d[k].append(x)` and `ref v = d[k]` change the dict.
        var s = self._slot_of(key)
        if s < 0:
            raise Error("DictKeyError[" + __type_name_of[Self.K]() + "]()")
        return self._values[self._slots[s]]

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
            raise Error("DictKeyError[" + __type_name_of[Self.K]() + "]()")
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

    def popitem(mut self) raises -> DictEntry[Self.K, Self.V]:
        var e = len(self._keys) - 1
        while e >= 0 and not self._live[e]:
            e -= 1
        if e < 0:
            raise Error("EmptyDictError()")
        var entry = DictEntry[Self.K, Self.V](self._keys[e].copy(), self._values[e].copy())
        _ = self.pop(self._keys[e])
        return entry^

    def find(self, key: Self.K) -> Optional[Self.V]:
        return self.get(key)

    def __eq__(self, other: Self) -> Bool:
        if self._size != other._size:
            return False
        for e in range(len(self._keys)):
            if self._live[e]:
                var s = other._slot_of(self._keys[e])
                if s < 0 or not (other._values[other._slots[s]] == self._values[e]):
                    return False
        return True

    def __ne__(self, other: Self) -> Bool:
        return not (self == other)

    def __or__(self, other: Self) -> Self:
        var d = self.copy()
        d.update(other)
        return d^

    def __ior__(mut self, other: Self):
        self.update(other)

    @staticmethod
    def fromkeys(keys: List[Self.K], value: Self.V) -> Self:
        var d = Self()
        for i in range(len(keys)):
            d[keys[i]] = value
        return d^

    def setdefault(mut self, key: Self.K, var default: Self.V) -> ref[self._values] Self.V:
        # A reference to the stored value, as Mojo: `d.setdefault(k, []).append(x)` changes the dict.
        var s = self._slot_of(key)
        if s < 0:
            self[key] = default^
            s = self._slot_of(key)
        return self._values[self._slots[s]]

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

    def insert(mut self, value: Self.T) -> Optional[Self.T]:
        """Adds value; returns the element already there (None when value is new), as Mojo 1.2."""
        if value in self:
            return value.copy()
        self.add(value)
        return None

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

    def __init__(out self, *ts: Self.T):
        self._items = Dict[Self.T, Bool]()
        for i in range(len(ts)):
            self.add(ts[i])

    def __init__(out self, elements: List[Self.T]):
        self._items = Dict[Self.T, Bool]()
        for i in range(len(elements)):
            self.add(elements[i])

    def __eq__(self, other: Self) -> Bool:
        if len(self) != len(other):
            return False
        for x in self._items.keys():
            if not (x in other):
                return False
        return True

    def __ne__(self, other: Self) -> Bool:
        return not (self == other)

    def __le__(self, other: Self) -> Bool:
        return self.issubset(other)

    def __ge__(self, other: Self) -> Bool:
        return self.issuperset(other)

    def __lt__(self, other: Self) -> Bool:
        return self.issubset(other) and len(self) < len(other)

    def __gt__(self, other: Self) -> Bool:
        return self.issuperset(other) and len(self) > len(other)

    def issubset(self, other: Self) -> Bool:
        for x in self._items.keys():
            if not (x in other):
                return False
        return True

    def issuperset(self, other: Self) -> Bool:
        return other.issubset(self)

    def isdisjoint(self, other: Self) -> Bool:
        for x in self._items.keys():
            if x in other:
                return False
        return True

    def symmetric_difference(self, other: Self) -> Self:
        var s = Self()
        for x in self._items.keys():
            if not (x in other):
                s.add(x)
        for x in other._items.keys():
            if not (x in self):
                s.add(x)
        return s^

    def __xor__(self, other: Self) -> Self:
        return self.symmetric_difference(other)

    def update(mut self, other: Self):
        for x in other._items.keys():
            self.add(x)

    def intersection_update(mut self, other: Self):
        # Mojo 1.2 walks the smaller set (measured: {1, 2, 3, 4} &= {4, 3, 9} is {4, 3}).
        if len(other) < len(self):
            self._items = other.intersection(self)._items.copy()
        else:
            self._items = self.intersection(other)._items.copy()

    def difference_update(mut self, other: Self):
        self._items = self.difference(other)._items.copy()

    def symmetric_difference_update(mut self, other: Self):
        self._items = self.symmetric_difference(other)._items.copy()

    def __ior__(mut self, other: Self):
        self.update(other)

    def __iand__(mut self, other: Self):
        self.intersection_update(other)

    def __isub__(mut self, other: Self):
        self.difference_update(other)

    def __ixor__(mut self, other: Self):
        self.symmetric_difference_update(other)

    def clear(mut self):
        self._items.clear()

    def pop(mut self) raises -> Self.T:
        if len(self._items) == 0:
            raise Error("Pop on empty set")
        var e = self._items.popitem()
        return e.key.copy()

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


# ---------------------------------------------------------------- List helpers (List is laid out by codegen)
def _list_slice[T: Copyable](xs: List[T], start: Int, stop: Int, step: Int) -> List[T]:
    # xs[start:stop:step]; a bound of -2**63 was left out.
    var n = len(xs)
    var st = 1 if step == -9223372036854775808 else step
    var out = List[T]()
    if st == 0:
        return out^
    var a = start
    var z = stop
    if st > 0:
        if a == -9223372036854775808:
            a = 0
        if z == -9223372036854775808:
            z = n
        if a < 0:
            a += n
        if z < 0:
            z += n
        if a < 0:
            a = 0
        if z > n:
            z = n
        var i = a
        while i < z:
            out.append(xs[i].copy())
            i += st
    else:
        if a == -9223372036854775808:
            a = n - 1
        if z == -9223372036854775808:
            z = -1
        else:
            if z < 0:
                z += n
            if z < -1:
                z = -1
        if a < 0:
            a += n
        if a >= n:
            a = n - 1
        var i = a
        while i > z:
            out.append(xs[i].copy())
            i += st
    return out^


def _list_eq[T: Equatable & Copyable](a: List[T], b: List[T]) -> Bool:
    if len(a) != len(b):
        return False
    for i in range(len(a)):
        if not (a[i] == b[i]):
            return False
    return True


def _list_concat[T: Copyable](a: List[T], b: List[T]) -> List[T]:
    var out = List[T]()
    for i in range(len(a)):
        out.append(a[i].copy())
    for i in range(len(b)):
        out.append(b[i].copy())
    return out^


def _list_repeat[T: Copyable](a: List[T], n: Int) -> List[T]:
    var out = List[T]()
    for _ in range(n):
        for i in range(len(a)):
            out.append(a[i].copy())
    return out^


def _list_try_index[T: Equatable & Copyable](xs: List[T], value: T) -> Optional[Int]:
    for i in range(len(xs)):
        if xs[i] == value:
            return i
    return None


def _list_index[T: Equatable & Copyable](
    xs: List[T], value: T, start: Int = 0, stop: Optional[Int] = None
) raises -> Int:
    # xs.index(v, start, stop): negative bounds count from the end, then clip to the List.
    var n = len(xs)
    var a = start
    var z = stop.or_else(n)
    if a < 0:
        a += n
    if z < 0:
        z += n
    a = max(0, min(a, n))
    z = max(0, min(z, n))
    for i in range(a, z):
        if xs[i] == value:
            return i
    raise Error("ValueError: Given element is not in list")


def _list_unsafe_get[T: Copyable](xs: List[T], idx: Int) -> T:
    return xs[idx].copy()


def _list_unsafe_set[T: Copyable](mut xs: List[T], idx: Int, var value: T):
    xs[idx] = value^


def _list_swap_elements[T: Copyable](mut xs: List[T], i: Int, j: Int):
    var tmp = xs[i].copy()
    xs[i] = xs[j].copy()
    xs[j] = tmp^


def _list_resize[T: Copyable](mut xs: List[T], length: Int, fill: T):
    while len(xs) > length:
        _ = xs.pop()
    while len(xs) < length:
        xs.append(fill.copy())


def _list_shrink[T: Copyable](mut xs: List[T], length: Int):
    while len(xs) > length:
        _ = xs.pop()


# ---------------------------------------------------------------- Counter
@fieldwise_init
struct CountTuple[V: KeyElement](Copyable, Writable):
    var _value: Self.V
    var _count: Int

    def __getitem__(self, idx: Int) -> _Variant2[Self.V, Int]:
        # t[0] is the value, t[1] its count (Mojo's Variant[V, Int]).
        if idx == 0:
            return _Variant2[Self.V, Int](self._value.copy())
        return _Variant2[Self.V, Int](self._count)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self._value, ", ", self._count, ")")


struct Counter[V: KeyElement](Sized, Writable, Copyable):
    """Counts hashable values: `c[x] += 1`; a missing value counts 0."""

    var _data: Dict[Self.V, Int]

    def __init__(out self):
        self._data = Dict[Self.V, Int]()

    def __init__(out self, *values: Self.V):
        self._data = Dict[Self.V, Int]()
        for i in range(len(values)):
            self._data[values[i]] = self._data.get(values[i], 0) + 1

    def __init__(out self, items: List[Self.V]):
        self._data = Dict[Self.V, Int]()
        for i in range(len(items)):
            self._data[items[i]] = self._data.get(items[i], 0) + 1

    def __init__(out self, var _data: Dict[Self.V, Int]):
        # The counts as given (`Counter[String]({"x": 2})`), negative ones included.
        self._data = _data^

    @staticmethod
    def fromkeys(keys: List[Self.V], value: Int) -> Self:
        var c = Self()
        for i in range(len(keys)):
            c._data[keys[i]] = value
        return c^

    def __getitem__(self, key: Self.V) -> Int:
        return self._data.get(key, 0)

    def __setitem__(mut self, value: Self.V, count: Int):
        self._data[value] = count

    def __contains__(self, key: Self.V) -> Bool:
        return key in self._data

    def __len__(self) -> Int:
        return len(self._data)

    def __bool__(self) -> Bool:
        return len(self._data) > 0

    def __iter__(self) -> List[Self.V]:
        return self._data.keys()

    def keys(self) -> List[Self.V]:
        return self._data.keys()

    def values(self) -> List[Int]:
        return self._data.values()

    def items(self) -> List[DictEntry[Self.V, Int]]:
        return self._data.items()

    def get(self, value: Self.V) -> Optional[Int]:
        return self._data.get(value)

    def get(self, value: Self.V, default: Int) -> Int:
        return self._data.get(value, default)

    def pop(mut self, value: Self.V) raises -> Int:
        return self._data.pop(value)

    def pop(mut self, value: Self.V, default: Int) -> Int:
        return self._data.pop(value, default)

    def clear(mut self):
        self._data.clear()

    def copy(self) -> Self:
        var c = Self()
        c._data = self._data.copy()
        return c^

    def total(self) -> Int:
        var t = 0
        for v in self._data.values():
            t += v
        return t

    def update(mut self, other: Self):
        for e in other._data.items():
            self._data[e.key] = self._data.get(e.key, 0) + e.value

    def subtract(mut self, other: Self):
        for e in other._data.items():
            self._data[e.key] = self._data.get(e.key, 0) - e.value

    def elements(self) -> List[Self.V]:
        var out = List[Self.V]()
        for e in self._data.items():
            for _ in range(e.value):
                out.append(e.key.copy())
        return out^

    def most_common(self, n: Int) -> List[CountTuple[Self.V]]:
        # Highest counts first; equal counts keep insertion order.
        var items = self._data.items()
        var out = List[CountTuple[Self.V]]()
        var used = List[Bool](length=len(items), fill=False)
        for _ in range(min(n, len(items))):
            var best = -1
            for i in range(len(items)):
                if not used[i] and (best < 0 or items[i].value > items[best].value):
                    best = i
            used[best] = True
            out.append(CountTuple[Self.V](items[best].key.copy(), items[best].value))
        return out^

    def popitem(mut self) raises -> CountTuple[Self.V]:
        var e = self._data.popitem()
        return CountTuple[Self.V](e.key.copy(), e.value)

    def __add__(self, other: Self) -> Self:
        var c = Self()
        for e in self._data.items():
            c._data[e.key] = e.value
        for e in other._data.items():
            c._data[e.key] = c._data.get(e.key, 0) + e.value
        return c._positive()

    def __sub__(self, other: Self) -> Self:
        var c = self.copy()
        c.subtract(other)
        return c._positive()

    def _positive(self) -> Self:
        var c = Self()
        for e in self._data.items():
            if e.value > 0:
                c._data[e.key] = e.value
        return c^

    def __eq__(self, other: Self) -> Bool:
        for e in self._data.items():
            if other[e.key] != e.value:
                return False
        for e in other._data.items():
            if self[e.key] != e.value:
                return False
        return True

    def __ne__(self, other: Self) -> Bool:
        return not (self == other)

    def write_to(self, mut writer: Some[Writer]):
        # Mojo 1.2 prints the most common first (equal counts in insertion order).
        writer.write("{")
        var mc = self.most_common(len(self._data))
        for i in range(len(mc)):
            if i > 0:
                writer.write(", ")
            writer.write(mc[i]._value, ": ", mc[i]._count)
        writer.write("}")

    def __neg__(self) -> Self:
        var c = Self()
        for e in self._data.items():
            if e.value < 0:
                c._data[e.key] = -e.value
        return c^

    def __pos__(self) -> Self:
        return self._positive()

    def __and__(self, other: Self) -> Self:
        var c = Self()
        for e in self._data.items():
            var m = min(e.value, other[e.key])
            if m > 0:
                c._data[e.key] = m
        return c^

    def __or__(self, other: Self) -> Self:
        var c = Self()
        for e in self._data.items():
            c._data[e.key] = max(e.value, other[e.key])
        for e in other._data.items():
            if not (e.key in self._data):
                c._data[e.key] = e.value
        return c._positive()

    def __iadd__(mut self, other: Self):
        self = self + other

    def __isub__(mut self, other: Self):
        self = self - other

    def __iand__(mut self, other: Self):
        self = self & other

    def __ior__(mut self, other: Self):
        self = self | other

    def le(self, other: Self) -> Bool:
        """Every count here is at most the one in other."""
        for e in self._data.items():
            if e.value > other[e.key]:
                return False
        for e in other._data.items():
            if self[e.key] > e.value:
                return False
        return True

    def lt(self, other: Self) -> Bool:
        return self.le(other) and self != other

    def ge(self, other: Self) -> Bool:
        return other.le(self)

    def gt(self, other: Self) -> Bool:
        return other.lt(self)


# ---------------------------------------------------------------- Deque
struct Deque[T: Copyable](Sized, Copyable, Writable):
    """A double-ended queue: O(1) append/pop at both ends (a List with a moving head)."""

    var _items: List[Self.T]
    var _head: Int
    var _maxlen: Int  # -1: unbounded; else appending to a full deque drops from the other end

    def __init__(
        out self,
        *,
        var elements: Optional[List[Self.T]] = None,
        capacity: Int = 64,
        min_capacity: Int = 64,
        maxlen: Int = -1,
        shrink: Bool = True,
    ):
        # capacity, min_capacity and shrink tune Mojo's ring buffer; this one grows as a List does.
        self._items = List[Self.T]()
        self._head = 0
        self._maxlen = maxlen
        if elements:
            var els = elements.take()
            for i in range(len(els)):
                self.append(els[i])

    def __init__(out self, *values: Self.T):
        self._items = List[Self.T]()
        self._head = 0
        self._maxlen = -1
        for i in range(len(values)):
            self._items.append(values[i].copy())

    def __len__(self) -> Int:
        return len(self._items) - self._head

    def __bool__(self) -> Bool:
        return len(self) > 0

    def __getitem__(self, idx: Int) -> Self.T:
        return self._items[self._head + idx].copy()

    def __setitem__(mut self, idx: Int, value: Self.T):
        self._items[self._head + idx] = value.copy()

    def append(mut self, value: Self.T):
        if self._maxlen == 0:
            return
        if self._maxlen > 0 and len(self) == self._maxlen:
            self._head += 1
        self._items.append(value.copy())

    def appendleft(mut self, value: Self.T):
        if self._maxlen == 0:
            return
        if self._maxlen > 0 and len(self) == self._maxlen:
            _ = self._items.pop()
        if self._head > 0:
            self._head -= 1
            self._items[self._head] = value.copy()
            return
        var items = List[Self.T]()
        items.append(value.copy())
        for i in range(len(self._items)):
            items.append(self._items[i].copy())
        self._items = items^

    def extend(mut self, values: List[Self.T]):
        for i in range(len(values)):
            self.append(values[i])

    def extendleft(mut self, values: List[Self.T]):
        for i in range(len(values)):
            self.appendleft(values[i])

    def pop(mut self) raises -> Self.T:
        if len(self) == 0:
            raise Error("IndexError: Deque is empty")
        return self._items.pop()

    def popleft(mut self) raises -> Self.T:
        if len(self) == 0:
            raise Error("IndexError: Deque is empty")
        var v = self._items[self._head].copy()
        self._head += 1
        if self._head > 32 and self._head * 2 > len(self._items):
            var items = List[Self.T]()
            for i in range(self._head, len(self._items)):
                items.append(self._items[i].copy())
            self._items = items^
            self._head = 0
        return v^

    def peek(self) raises -> Self.T:
        if len(self) == 0:
            raise Error("IndexError: Deque is empty")
        return self._items[len(self._items) - 1].copy()

    def peekleft(self) raises -> Self.T:
        if len(self) == 0:
            raise Error("IndexError: Deque is empty")
        return self._items[self._head].copy()

    def clear(mut self):
        self._items = List[Self.T]()
        self._head = 0

    def copy(self) -> Self:
        var d = Self(maxlen=self._maxlen)
        for i in range(self._head, len(self._items)):
            d._items.append(self._items[i].copy())
        return d^

    def reverse(mut self):
        var items = List[Self.T]()
        var i = len(self._items) - 1
        while i >= self._head:
            items.append(self._items[i].copy())
            i -= 1
        self._items = items^
        self._head = 0

    def rotate(mut self, n: Int = 1):
        var m = len(self)
        if m == 0:
            return
        var k = n % m
        if k < 0:
            k += m
        var items = List[Self.T]()
        for j in range(m):
            items.append(self._items[self._head + (j - k + m) % m].copy())
        self._items = items^
        self._head = 0

    def __iter__(self) -> List[Self.T]:
        var out = List[Self.T]()
        for i in range(self._head, len(self._items)):
            out.append(self._items[i].copy())
        return out^

    def write_to(self, mut writer: Some[Writer]):
        writer.write("[")
        for i in range(self._head, len(self._items)):
            if i > self._head:
                writer.write(", ")
            writer.write(self._items[i])
        writer.write("]")

    def insert(mut self, idx: Int, value: Self.T) raises:
        """Inserts value before position idx (0 ... len): Mojo stops the program on a bad index."""
        var items = List[Self.T]()
        for i in range(self._head, len(self._items)):
            if i - self._head == idx:
                items.append(value.copy())
            items.append(self._items[i].copy())
        if idx == len(self):
            items.append(value.copy())
        self._items = items^
        self._head = 0

    # Equality-based methods: checked only for element types that have `==` (used methods only).
    def __contains__(self, value: Self.T) -> Bool:
        for i in range(self._head, len(self._items)):
            if self._items[i] == value:
                return True
        return False

    def count(self, value: Self.T) -> Int:
        var n = 0
        for i in range(self._head, len(self._items)):
            if self._items[i] == value:
                n += 1
        return n

    def index(self, value: Self.T) raises -> Int:
        for i in range(self._head, len(self._items)):
            if self._items[i] == value:
                return i - self._head
        raise Error("ValueError: Given element is not in deque")

    def remove(mut self, value: Self.T) raises:
        var idx = self.index(value)
        var items = List[Self.T]()
        for i in range(self._head, len(self._items)):
            if i - self._head != idx:
                items.append(self._items[i].copy())
        self._items = items^
        self._head = 0

    def __eq__(self, other: Self) -> Bool:
        if len(self) != len(other):
            return False
        for i in range(len(self)):
            if not (self[i] == other[i]):
                return False
        return True

    def __ne__(self, other: Self) -> Bool:
        return not (self == other)

    def __add__(self, other: Self) -> Self:
        var d = self.copy()
        for i in range(len(other)):
            d.append(other[i])
        return d^

    def __iadd__(mut self, other: Self):
        for i in range(len(other)):
            self.append(other[i])

    def __mul__(self, n: Int) -> Self:
        var d = Self()
        for _ in range(n):
            for i in range(len(self)):
                d.append(self[i])
        return d^

    def __imul__(mut self, n: Int):
        self = self * n

    def __reversed__(self) -> List[Self.T]:
        var out = List[Self.T]()
        var i = len(self._items) - 1
        while i >= self._head:
            out.append(self._items[i].copy())
            i -= 1
        return out^



def _list_reversed[T: Copyable](xs: List[T]) -> List[T]:
    var out = List[T]()
    var i = len(xs) - 1
    while i >= 0:
        out.append(xs[i].copy())
        i -= 1
    return out^


def _range_reversed(start: Int, stop: Int, step: Int) -> List[Int]:
    var fwd = List[Int]()
    var i = start
    if step > 0:
        while i < stop:
            fwd.append(i)
            i += step
    else:
        while i > stop:
            fwd.append(i)
            i += step
    # Not _list_reversed: a generic instance made while compiling the stdlib's own (non-generic)
    # code would not be part of the cached stdlib object.
    var out = List[Int]()
    var k = len(fwd) - 1
    while k >= 0:
        out.append(fwd[k])
        k -= 1
    return out^


def _zip2[A: Copyable, B: Copyable](a: List[A], b: List[B]) -> List[Tuple[A, B]]:
    var out = List[Tuple[A, B]]()
    var n = min(len(a), len(b))
    for i in range(n):
        out.append((a[i].copy(), b[i].copy()))
    return out^


def _zip3[A: Copyable, B: Copyable, C: Copyable](a: List[A], b: List[B], c: List[C]) -> List[Tuple[A, B, C]]:
    var out = List[Tuple[A, B, C]]()
    var n = min(len(a), len(b), len(c))
    for i in range(n):
        out.append((a[i].copy(), b[i].copy(), c[i].copy()))
    return out^


def _list_any[T: Copyable](xs: List[T]) -> Bool:
    for i in range(len(xs)):
        if Bool(xs[i]):
            return True
    return False


def _list_all[T: Copyable](xs: List[T]) -> Bool:
    for i in range(len(xs)):
        if not Bool(xs[i]):
            return False
    return True


def _sort_by[T: Copyable](mut xs: List[T], less: def(T, T) -> Bool):
    # A stable merge sort with the caller's "less than".
    var n = len(xs)
    if n < 2:
        return
    var src = xs.copy()
    var dst = xs.copy()
    var width = 1
    while width < n:
        var lo = 0
        while lo < n:
            var mid = min(lo + width, n)
            var hi = min(lo + 2 * width, n)
            var i = lo
            var j = mid
            var k = lo
            while i < mid and j < hi:
                if less(src[j], src[i]):
                    dst[k] = src[j].copy()
                    j += 1
                else:
                    dst[k] = src[i].copy()
                    i += 1
                k += 1
            while i < mid:
                dst[k] = src[i].copy()
                i += 1
                k += 1
            while j < hi:
                dst[k] = src[j].copy()
                j += 1
                k += 1
            lo += 2 * width
        var tmp = src^
        src = dst^
        dst = tmp^
        width *= 2
    xs = src^


def _opt_eq[T: Equatable & Copyable](a: Optional[T], b: Optional[T]) -> Bool:
    if not a or not b:
        return not a and not b
    return a.value() == b.value()


def _list_reserve[T: Copyable](mut xs: List[T], capacity: Int):
    # Room for `capacity` elements, exactly (never shrinks), as Mojo's reserve.
    __list_reserve(xs, capacity)


def _list_capacity[T: Copyable](xs: List[T]) -> Int:
    return __list_capacity(xs)


def _opt___bool__[T: Copyable](o: Optional[T]) -> Bool:
    return Bool(o)


def _opt_copy[T: Copyable](o: Optional[T]) -> Optional[T]:
    return o


def _opt_getitem[T: Copyable](o: Optional[T]) raises -> T:
    if not o:
        raise Error("EmptyOptionalError[" + __type_name_of[T]() + "]()")
    return o.value()


# ---------------------------------------------------------------- Array
struct Array[T: Copyable, length: Int](Sized, Writable, Copyable):
    """A fixed-size array: `Array[Int, 3](fill=0)`, `Array[Int, 3](1, 2, 3)` (its elements
    live in a List here)."""

    var _items: List[Self.T]

    def __init__(out self, *, fill: Self.T):
        self._items = List[Self.T](length=Self.length, fill=fill)

    def __init__(out self, *elems: Self.T):
        self._items = List[Self.T]()
        for i in range(len(elems)):
            self._items.append(elems[i].copy())

    @staticmethod
    def _from_list(items: List[Self.T]) -> Self:
        var a = Self(fill=items[0])
        for i in range(len(items)):
            a._items[i] = items[i].copy()
        return a^

    def __len__(self) -> Int:
        return Self.length

    def unsafe_get(self, idx: Int) -> Self.T:
        return self._items[idx].copy()

    def __getitem__(ref self, idx: Int) -> ref[self._items] Self.T:
        # A reference, as Mojo's: `grid[r][c] = v` of an Array of Arrays writes the inner one.
        return self._items[idx]

    def __setitem__(mut self, idx: Int, value: Self.T):
        self._items[idx] = value.copy()

    def __iter__(self) -> List[Self.T]:
        return self._items.copy()

    def copy(self) -> Self:
        var a = Self(fill=self._items[0])
        for i in range(Self.length):
            a._items[i] = self._items[i].copy()
        return a^

    # Comparisons: checked only for element types that have them (used methods only).
    def __contains__(self, value: Self.T) -> Bool:
        for i in range(Self.length):
            if self._items[i] == value:
                return True
        return False

    def __eq__(self, other: Self) -> Bool:
        for i in range(Self.length):
            if not (self._items[i] == other._items[i]):
                return False
        return True

    def __ne__(self, other: Self) -> Bool:
        return not (self == other)

    def __lt__(self, other: Self) -> Bool:
        # Lexicographic, as Mojo's Array.
        for i in range(Self.length):
            if self._items[i] < other._items[i]:
                return True
            if other._items[i] < self._items[i]:
                return False
        return False

    def __le__(self, other: Self) -> Bool:
        return not (other < self)

    def __gt__(self, other: Self) -> Bool:
        return other < self

    def __ge__(self, other: Self) -> Bool:
        return not (self < other)

    def __reversed__(self) -> List[Self.T]:
        var out = List[Self.T]()
        var i = Self.length - 1
        while i >= 0:
            out.append(self._items[i].copy())
            i -= 1
        return out^

    def write_to(self, mut writer: Some[Writer]):
        writer.write("[")
        for i in range(len(self._items)):
            if i > 0:
                writer.write(", ")
            writer.write(self._items[i])
        writer.write("]")


def _list___contains__[T: Equatable & Copyable](xs: List[T], value: T) -> Bool:
    for i in range(len(xs)):
        if xs[i] == value:
            return True
    return False


def _opt_take[T: Copyable](mut o: Optional[T]) -> T:
    # Optional.take(): the value, leaving the Optional empty (Mojo aborts on an empty one).
    var v = _opt_getitem_or_abort(o)
    o = None
    return v^


def _opt_getitem_or_abort[T: Copyable](o: Optional[T]) -> T:
    return o.value().copy()


def _enumerate_from[T: Copyable](xs: List[T], start: Int) -> List[Tuple[Int, T]]:
    var out = List[Tuple[Int, T]](capacity=len(xs))
    for i in range(len(xs)):
        out.append((start + i, xs[i].copy()))
    return out^


# ---------------------------------------------------------------- iter() and next()
struct _ListIter[T: Copyable](Copyable, Sized):
    """What `iter(xs)` returns for a List: `next(it)` takes elements one by one (raising
    StopIteration at the end, as Mojo), and a `for` loop over it walks the rest."""

    var _items: List[Self.T]
    var _index: Int

    def __init__(out self, items: List[Self.T]):
        self._items = items.copy()
        self._index = 0

    def __next__(mut self) raises -> Self.T:
        if self._index >= len(self._items):
            raise Error("StopIteration")
        self._index += 1
        return self._items[self._index - 1].copy()

    def __has_next__(self) -> Bool:
        return self._index < len(self._items)

    def __len__(self) -> Int:
        return len(self._items) - self._index

    def __iter__(self) -> List[Self.T]:
        var out = List[Self.T]()
        for i in range(self._index, len(self._items)):
            out.append(self._items[i].copy())
        return out^

    def copy(self) -> Self:
        var it = Self(self._items)
        it._index = self._index
        return it^


def _list_iter[T: Copyable](xs: List[T]) -> _ListIter[T]:
    return _ListIter[T](xs)


def _range_len(start: Int, stop: Int, step: Int) -> Int:
    # How many values range(start, stop, step) gives.
    if step > 0 and start < stop:
        return (stop - start + step - 1) // step
    if step < 0 and start > stop:
        return (start - stop - step - 1) // (-step)
    return 0


# ---------------------------------------------------------------- LinkedList
struct LinkedList[T: Copyable](Sized, Copyable, Writable):
    """Mojo's doubly linked list. Its elements live in a List here: the operations and their
    results are the linked list's, not its costs."""

    var _items: List[Self.T]

    def __init__(out self):
        self._items = List[Self.T]()

    def __init__(out self, *elements: Self.T):
        self._items = List[Self.T]()
        for i in range(len(elements)):
            self._items.append(elements[i].copy())

    def __init__(out self, elements: List[Self.T]):
        self._items = elements.copy()

    def __len__(self) -> Int:
        return len(self._items)

    def __bool__(self) -> Bool:
        return len(self._items) > 0

    def append(mut self, var value: Self.T):
        self._items.append(value^)

    def prepend(mut self, var value: Self.T):
        self._items.insert(0, value^)

    def insert(mut self, idx: Int, var elem: Self.T):
        # Mojo takes no negative index here (it stops the program); neither does this List.
        self._items.insert(idx, elem^)

    def extend(mut self, other: Self):
        for i in range(len(other._items)):
            self._items.append(other._items[i].copy())

    def extend(mut self, other: List[Self.T]):
        for i in range(len(other)):
            self._items.append(other[i].copy())

    def pop(mut self) raises -> Self.T:
        if len(self._items) == 0:
            raise Error("Pop on empty list.")
        return self._items.pop()

    def pop(mut self, idx: Int) raises -> Self.T:
        # Mojo stops the program on an index out of range (it does not raise).
        return self._items.pop(idx)

    def maybe_pop(mut self) -> Optional[Self.T]:
        if len(self._items) == 0:
            return None
        return self._items.pop()

    def maybe_pop(mut self, idx: Int) -> Optional[Self.T]:
        if idx < 0 or idx >= len(self._items):
            return None
        return self._items.pop(idx)

    def get_nth(self, idx: Int) -> Self.T:
        return self._items[idx].copy()

    def reverse(mut self):
        self._items.reverse()

    def clear(mut self):
        self._items.clear()

    def copy(self) -> Self:
        return Self(self._items)

    def __iter__(self) -> List[Self.T]:
        return self._items.copy()

    def __reversed__(self) -> List[Self.T]:
        return _list_reversed(self._items)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("[")
        for i in range(len(self._items)):
            if i > 0:
                writer.write(", ")
            writer.write(self._items[i])
        writer.write("]")

    def write_repr_to(self, mut writer: Some[Writer]):
        writer.write("LinkedList[", __type_name_of[Self.T](), "]([")
        for i in range(len(self._items)):
            if i > 0:
                writer.write(", ")
            writer.write(repr(self._items[i]))
        writer.write("])")

    # Equality-based methods: checked only for element types that have `==` (used methods only).
    def __contains__(self, value: Self.T) -> Bool:
        for i in range(len(self._items)):
            if self._items[i] == value:
                return True
        return False

    def count(self, elem: Self.T) -> Int:
        var n = 0
        for i in range(len(self._items)):
            if self._items[i] == elem:
                n += 1
        return n

    def index(self, value: Self.T) raises -> Int:
        for i in range(len(self._items)):
            if self._items[i] == value:
                return i
        raise Error("ValueError: Given element is not in linked list")

    def __eq__(self, other: Self) -> Bool:
        if len(self._items) != len(other._items):
            return False
        for i in range(len(self._items)):
            if not (self._items[i] == other._items[i]):
                return False
        return True

    def __ne__(self, other: Self) -> Bool:
        return not (self == other)
