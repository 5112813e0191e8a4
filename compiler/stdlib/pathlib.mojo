# std.pathlib: Path, a file-system path with the common questions and whole-file reads and writes.

from std.os import listdir, stat_result

def __libc_getcwd(buf: __Ptr, size: Int) -> Int: ...


struct Path(Copyable, Writable):
    var path: String

    def __init__(out self) raises:
        """The current working directory."""
        self.path = Path.cwd().path

    def __init__(out self, path: String):
        self.path = path

    @staticmethod
    def cwd() -> Path:
        var buf = __malloc(4096)
        var addr = __libc_getcwd(buf, 4096)
        var p = _from_c_string(addr)
        __free(buf)
        return Path(p)

    @staticmethod
    def home() raises -> Path:
        return Path("~").expanduser()

    def __truediv__(self, suffix: String) -> Path:
        if _str_endswith(self.path, "/"):
            return Path(self.path + suffix)
        return Path(self.path + "/" + suffix)

    def __truediv__(self, suffix: Path) -> Path:
        return self / suffix.path

    def __eq__(self, other: Path) -> Bool:
        return self.path == other.path

    def __ne__(self, other: Path) -> Bool:
        return self.path != other.path

    def __eq__(self, other: String) -> Bool:
        return self.path == other

    def __lt__(self, other: Path) -> Bool:
        return self.path < other.path

    def __le__(self, other: Path) -> Bool:
        return self.path <= other.path

    def __gt__(self, other: Path) -> Bool:
        return self.path > other.path

    def __ge__(self, other: Path) -> Bool:
        return self.path >= other.path

    def __bool__(self) -> Bool:
        return self.path.byte_length() > 0

    def __hash__(self) -> UInt64:
        return hash(self.path)

    def __itruediv__(mut self, suffix: String):
        self = self / suffix

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.path)

    def write_repr_to(self, mut writer: Some[Writer]):
        writer.write("Path(", _str_repr(self.path), ")")

    def __repr__(self) -> String:
        return "Path(" + _str_repr(self.path) + ")"

    def exists(self) -> Bool:
        return _path_exists(self.path)

    def is_dir(self) -> Bool:
        return _path_isdir(self.path)

    def is_file(self) -> Bool:
        return _path_exists(self.path) and not _path_isdir(self.path)

    def name(self) -> String:
        var i = _str_rfind(self.path, "/")
        return _str_slice(self.path, i + 1, self.path.byte_length())

    def suffix(self) -> String:
        var name = self.name()
        var i = _str_rfind(name, ".")
        if i <= 0 or i == name.byte_length() - 1:
            return ""
        return _str_slice(name, i, name.byte_length())

    def stem(self) -> String:
        var name = self.name()
        var i = _str_rfind(name, ".")
        if i <= 0:
            return name
        return _str_slice(name, 0, i)

    def parent(self) -> Path:
        var i = _str_rfind(self.path, "/")
        if i < 0:
            return Path(".")
        if i == 0:
            return Path("/")
        return Path(_str_slice(self.path, 0, i))

    def joinpath(self, *pathsegments: String) -> Path:
        var out = self.copy()
        for i in range(len(pathsegments)):
            out = out / pathsegments[i]
        return out^

    def parts(self) -> List[String]:
        """The path split at every '/' (a leading '/' gives a first empty part)."""
        return _str_split(self.path, "/")

    def expanduser(self) raises -> Path:
        if self.path != "~" and not _str_startswith(self.path, "~/"):
            return self.copy()
        var c = _c_string("HOME")
        var v = __libc_getenv(c)
        __free(c)
        if v == 0:
            raise Error("Could not determine home directory.")
        return Path(_from_c_string(v) + _str_slice(self.path, 1, self.path.byte_length()))

    def listdir(self) raises -> List[Path]:
        var names = listdir(self.path)
        var out = List[Path]()
        for i in range(len(names)):
            out.append(Path(names[i]))
        return out^

    def stat(self) raises -> stat_result:
        return _stat(self.path, True)

    def lstat(self) raises -> stat_result:
        return _stat(self.path, False)

    def __fspath__(self) -> String:
        return self.path

    def read_text(self) raises -> String:
        var f = FileHandle(self.path, "r")
        var text = f.read()
        f.close()
        return text

    def write_text(self, value: String) raises:
        var f = FileHandle(self.path, "w")
        var parts = List[String]()
        parts.append(value)
        f._write_strings(parts)
        f.close()

    def read_bytes(self) raises -> List[UInt8]:
        return _str_as_bytes(self.read_text())

    def write_bytes(self, bytes: List[UInt8]) raises:
        self.write_text(_str_from_utf8_unchecked(bytes))


def cwd() raises -> Path:
    """The current working directory."""
    return Path.cwd()
