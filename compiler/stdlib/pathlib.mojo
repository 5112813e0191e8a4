# std.pathlib: Path, a file-system path with the common questions and whole-file reads and writes.

def __libc_getcwd(buf: __Ptr, size: Int) -> Int: ...


struct Path(Copyable, Writable):
    var path: String

    def __init__(out self):
        self.path = "."

    def __init__(out self, path: String):
        self.path = path

    @staticmethod
    def cwd() -> Path:
        var buf = __malloc(4096)
        var addr = __libc_getcwd(buf, 4096)
        var p = _from_c_string(addr)
        __free(buf)
        return Path(p)

    def __truediv__(self, suffix: String) -> Path:
        if self.path.byte_length() == 0:
            return Path(suffix)
        if _str_endswith(self.path, "/"):
            return Path(self.path + suffix)
        return Path(self.path + "/" + suffix)

    def __truediv__(self, suffix: Path) -> Path:
        return self / suffix.path

    def __eq__(self, other: Path) -> Bool:
        return self.path == other.path

    def __ne__(self, other: Path) -> Bool:
        return self.path != other.path

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.path)

    def __fspath__(self) -> String:
        return self.path

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
        if i <= 0:
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

    def joinpath(self, part: String) -> Path:
        return self / part

    def read_text(self) raises -> String:
        var f = FileHandle(self.path, "r")
        var text = f.read()
        f.close()
        return text

    def write_text(self, text: String) raises:
        var f = FileHandle(self.path, "w")
        var parts = List[String]()
        parts.append(text)
        f._write_strings(parts)
        f.close()
