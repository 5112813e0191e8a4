# Generic sorting algorithms over Comparable & Copyable elements: insertion,
# quick (Lomuto), merge and heap sort, checked against std sort, with counts.


comptime Sortable = Comparable & Copyable & Deinitable


def insertion_sort[T: Sortable](mut xs: List[T]):
    for i in range(1, len(xs)):
        var key = xs[i].copy()
        var j = i - 1
        while j >= 0 and key < xs[j]:
            xs[j + 1] = xs[j].copy()
            j -= 1
        xs[j + 1] = key^


def _partition[T: Sortable](mut xs: List[T], lo: Int, hi: Int) -> Int:
    var pivot = xs[hi].copy()
    var i = lo
    for j in range(lo, hi):
        if xs[j] <= pivot:
            xs.swap_elements(i, j)
            i += 1
    xs.swap_elements(i, hi)
    return i


def quick_sort[T: Sortable](mut xs: List[T], lo: Int, hi: Int):
    if lo >= hi:
        return
    var p = _partition(xs, lo, hi)
    quick_sort(xs, lo, p - 1)
    quick_sort(xs, p + 1, hi)


def merge_sort[T: Sortable](xs: List[T]) -> List[T]:
    if len(xs) <= 1:
        return xs.copy()
    var mid = len(xs) // 2
    var left = merge_sort(List(xs[:mid]))
    var right = merge_sort(List(xs[mid:]))
    var out = List[T](capacity=len(xs))
    var i = 0
    var j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j].copy())
            j += 1
        else:
            out.append(left[i].copy())
            i += 1
    while i < len(left):
        out.append(left[i].copy())
        i += 1
    while j < len(right):
        out.append(right[j].copy())
        j += 1
    return out^


def _sift_down[T: Sortable](mut xs: List[T], start: Int, end: Int):
    var root = start
    while 2 * root + 1 < end:
        var child = 2 * root + 1
        if child + 1 < end and xs[child] < xs[child + 1]:
            child += 1
        if xs[root] < xs[child]:
            xs.swap_elements(root, child)
            root = child
        else:
            return


def heap_sort[T: Sortable](mut xs: List[T]):
    var n = len(xs)
    for start in range(n // 2 - 1, -1, -1):
        _sift_down(xs, start, n)
    for end in range(n - 1, 0, -1):
        xs.swap_elements(0, end)
        _sift_down(xs, 0, end)


def is_sorted[T: Sortable](xs: List[T]) -> Bool:
    for i in range(1, len(xs)):
        if xs[i] < xs[i - 1]:
            return False
    return True


@fieldwise_init
struct Version(Comparable, Copyable, Writable):
    var major: Int
    var minor: Int
    var patch: Int

    def __lt__(self, other: Self) -> Bool:
        if self.major != other.major:
            return self.major < other.major
        if self.minor != other.minor:
            return self.minor < other.minor
        return self.patch < other.patch

    def __eq__(self, other: Self) -> Bool:
        return self.major == other.major and self.minor == other.minor and self.patch == other.patch

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.major, ".", self.minor, ".", self.patch)


def pseudo_random(n: Int, seed: Int) -> List[Int]:
    var out = List[Int]()
    var x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 1000 - 500)
    return out^


def main():
    var data = pseudo_random(40, 7)
    print("input:", data[:10], "...")
    var a = data.copy()
    insertion_sort(a)
    var b = data.copy()
    quick_sort(b, 0, len(b) - 1)
    var c = merge_sort(data)
    var d = data.copy()
    heap_sort(d)
    var ref_sorted = data.copy()
    sort(ref_sorted)
    print("insertion ok:", a == ref_sorted, "quick ok:", b == ref_sorted)
    print("merge ok:", c == ref_sorted, "heap ok:", d == ref_sorted)
    print("sorted head:", ref_sorted[:8])

    var words: List[String] = ["pear", "apple", "fig", "banana", "cherry", "date", "apple", "elderberry"]
    var w1 = words.copy()
    heap_sort(w1)
    print("heap words:", w1, is_sorted(w1))
    print("merge words:", merge_sort(words))

    var versions: List[Version] = [Version(1, 2, 0), Version(0, 9, 12), Version(1, 10, 1), Version(1, 2, 3), Version(0, 9, 2)]
    var v2 = versions.copy()
    quick_sort(v2, 0, len(v2) - 1)
    var line = String()
    for v in v2:
        line += String(v) + " "
    print("versions:", line)
    var v3 = merge_sort(versions)
    print("newest:", v3[len(v3) - 1], "oldest:", v3[0])

    var floats: List[Float64] = [3.5, -1.25, 2.0, 0.0, -7.5, 2.0]
    insertion_sort(floats)
    print("floats:", floats)
    var big = pseudo_random(2000, 99)
    heap_sort(big)
    var big2 = pseudo_random(2000, 99)
    quick_sort(big2, 0, len(big2) - 1)
    print("2000 ints:", is_sorted(big), big == big2, big[0], big[1999])
