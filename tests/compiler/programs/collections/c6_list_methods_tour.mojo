# A tour of List's methods on a running playlist of track numbers.


def show(label: String, xs: List[Int]):
    print(label, xs, "len", len(xs))


def main() raises:
    var tracks: List[Int] = [4, 8, 15, 16, 23, 42]
    show("start", tracks)
    tracks.append(7)
    tracks.insert(0, 1)
    tracks.insert(3, 99)
    tracks.insert(len(tracks), 100)
    show("after inserts", tracks)
    var more: List[Int] = [3, 3, 5]
    tracks.extend(more^)
    show("extended", tracks)
    var last = tracks.pop()
    var first = tracks.pop(0)
    var mid = tracks.pop(2)
    var from_end = tracks.pop(len(tracks) - 2)
    print("popped", last, first, mid, from_end)
    show("after pops", tracks)
    print("index of 23:", tracks.index(23))
    print("index of 3 from 5:", tracks.index(3, 5))
    print("count 3:", tracks.count(3), "count 77:", tracks.count(77))
    print("contains 42:", 42 in tracks, "contains 41:", 41 in tracks)
    print("41 not in:", 41 not in tracks)
    var ti = tracks.try_index(16)
    if ti:
        print("try_index 16 ->", ti.value())
    var missing = tracks.try_index(1234)
    print("try_index 1234 is None:", missing is None)
    tracks.reverse()
    show("reversed", tracks)
    sort(tracks)
    show("sorted", tracks)
    tracks.swap_elements(0, len(tracks) - 1)
    show("swapped ends", tracks)
    tracks.resize(12, 0)
    show("resized up", tracks)
    tracks.resize(4, -1)
    show("resized down", tracks)
    tracks.reserve(64)
    print("capacity >= 64:", tracks.capacity() >= 64)
    tracks.shrink(2)
    show("shrunk", tracks)
    print("unsafe_get 1:", tracks.unsafe_get(1))
    tracks.unsafe_set(1, 777)
    show("unsafe_set", tracks)
    var dup = tracks.copy()
    dup.append(5)
    show("copy", dup)
    show("orig", tracks)
    print("equal?", dup == tracks, "not equal?", dup != tracks)
    var both = tracks + dup.copy()
    show("concat", both)
    both += [9, 9]
    show("iadd", both)
    var pair: List[Int] = [1, 2]
    var triple = pair * 3
    print("repeat", triple)
    print("bool empty:", Bool(List[Int]()), "bool full:", Bool(both))
    both.clear()
    show("cleared", both)
    print("empty after clear:", not both)
