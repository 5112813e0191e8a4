# Sorting user structs that implement Comparable, plus min/max over them
# and sorting with a custom comparator.


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


def main():
    var vs: List[Version] = [Version(1, 2, 3), Version(0, 9, 9), Version(1, 10, 0), Version(1, 2, 0), Version(2, 0, 0)]
    sort(vs)
    for v in vs:
        print(v)
    var a = Version(1, 2, 3)
    var b = Version(1, 3, 0)
    print(a < b, a <= b, a > b, a >= b, a == b, a != b)
    print("max:", max(a, b), "min:", min(a, b))

    var names: List[String] = ["pear", "fig", "banana", "kiwi"]
    sort(names)
    print(names)
