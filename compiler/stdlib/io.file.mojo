# std.io.file: `open(path, mode)` and FileHandle (read, write, close; a context manager), over libc
# stdio. In the prelude, as in Mojo.

def __libc_fopen(path: __Ptr, mode: __Ptr) -> Int: ...
def __libc_fclose(f: Int) -> Int32: ...
def __libc_fwrite(p: __Ptr, size: Int, n: Int, f: Int) -> Int: ...
def __libc_fread(p: __Ptr, size: Int, n: Int, f: Int) -> Int: ...
def __libc_fflush(f: Int) -> Int32: ...
def __libc___errno_location() -> __Ptr: ...
def __libc_strerror(code: Int32) -> Int: ...


def _errno_text() -> String:
    var p = __libc___errno_location()
    var code = Int(__load_byte(p, 0)) | (Int(__load_byte(p, 1)) << 8) | (Int(__load_byte(p, 2)) << 16)
    return _from_c_string(__libc_strerror(Int32(code)))


struct FileHandle(Copyable):
    """An open file: `with open(path, "w") as f: f.write("text")`, `f.read()`."""

    var _f: Int
    var _path: String

    def __init__(out self, path: String, mode: String) raises:
        var cpath = _c_string(path)
        var cmode = _c_string(mode)
        self._f = __libc_fopen(cpath, cmode)
        __free(cpath)
        __free(cmode)
        self._path = path
        if self._f == 0:
            raise Error("Failed to open file '" + path + "': " + _errno_text())

    def read(self, size: Int = -1) raises -> String:
        if self._f == 0:
            raise Error("invalid file handle")
        var b = _Buffer()
        var chunk = 65536
        while size < 0 or b.len < size:
            var want = chunk if size < 0 else min(chunk, size - b.len)
            _buf_reserve(b, want)
            var got = __libc_fread(__ptr_add(b.data, b.len), 1, want, self._f)
            b.len += got
            if got < want:
                break
        return _buf_take(b)

    def _write_strings(self, parts: List[String]) raises:
        if self._f == 0:
            raise Error("invalid file handle")
        for i in range(len(parts)):
            var n = parts[i].byte_length()
            if __libc_fwrite(__str_ptr(parts[i]), 1, n, self._f) != n:
                raise Error("Failed to write to file '" + self._path + "': " + _errno_text())

    def close(mut self) raises:
        if self._f != 0:
            _ = __libc_fclose(self._f)
            self._f = 0

    def __enter__(self) -> Self:
        return self.copy()

    # Only the error-less `__exit__` (as in Mojo): an error in the body closes the file and propagates,
    # so a variable assigned in the body is initialized after the `with` (no handler can swallow it).
    def __exit__(self):
        if self._f != 0:
            _ = __libc_fclose(self._f)


def open(path: String, mode: String) raises -> FileHandle:
    return FileHandle(path, mode)
