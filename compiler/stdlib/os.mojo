# std.os: the environment and the file system (the basics).

def __libc_getenv(name: __Ptr) -> Int: ...
def __libc_setenv(name: __Ptr, value: __Ptr, overwrite: Int32) -> Int32: ...
def __libc_unsetenv(name: __Ptr) -> Int32: ...
def __libc_strnlen(p: Int, n: Int) -> Int: ...
def __libc_strndup(p: Int, n: Int) -> __Ptr: ...
def __libc_free(p: __Ptr): ...
def __libc_access(path: __Ptr, mode: Int32) -> Int32: ...
def __libc_opendir(path: __Ptr) -> Int: ...
def __libc_closedir(d: Int) -> Int32: ...
def __libc_unlink(path: __Ptr) -> Int32: ...
def __libc_mkdir(path: __Ptr, mode: Int32) -> Int32: ...
def __libc_rmdir(path: __Ptr) -> Int32: ...
def __libc_getuid() -> Int32: ...


def _c_string(s: String) -> __Ptr:
    # A NUL-terminated copy (Strings here are not NUL-terminated); the caller frees it.
    var n = s.byte_length()
    var p = __malloc(n + 1)
    __memcpy(p, __str_ptr(s), n)
    __store_byte(p, n, 0)
    return p


def _from_c_string(addr: Int) -> String:
    # A copy in a block from __malloc, which Strings know how to own (and free).
    var n = __libc_strnlen(addr, 1 << 30)
    var q = __libc_strndup(addr, n)
    var p = __malloc(n)
    __memcpy(p, q, n)
    __libc_free(q)
    return __str_wrap(p, n)


def getenv(name: String, default: String = "") -> String:
    """The value of the environment variable `name`, or `default` when it is not set."""
    var c = _c_string(name)
    var v = __libc_getenv(c)
    __free(c)
    if v == 0:
        return default
    return _from_c_string(v)


def setenv(name: String, value: String, overwrite: Bool = True) -> Bool:
    var a = _c_string(name)
    var b = _c_string(value)
    var r = __libc_setenv(a, b, Int32(1) if overwrite else Int32(0))
    __free(a)
    __free(b)
    return r == 0


def unsetenv(name: String) -> Bool:
    var a = _c_string(name)
    var r = __libc_unsetenv(a)
    __free(a)
    return r == 0


def getuid() -> Int:
    return Int(__libc_getuid())


def _path_exists(path: String) -> Bool:
    var c = _c_string(path)
    var r = __libc_access(c, 0)
    __free(c)
    return r == 0


def _path_isdir(path: String) -> Bool:
    var c = _c_string(path)
    var d = __libc_opendir(c)
    __free(c)
    if d == 0:
        return False
    _ = __libc_closedir(d)
    return True


def remove(path: String) raises:
    var c = _c_string(path)
    var r = __libc_unlink(c)
    __free(c)
    if r != 0:
        raise Error("Failed to remove file: " + path)


def unlink(path: String) raises:
    remove(path)


def mkdir(path: String, mode: Int = 0o777) raises:
    var c = _c_string(path)
    var r = __libc_mkdir(c, Int32(mode))
    __free(c)
    if r != 0:
        raise Error("Failed to create directory: " + path)


def rmdir(path: String) raises:
    var c = _c_string(path)
    var r = __libc_rmdir(c)
    __free(c)
    if r != 0:
        raise Error("Failed to remove directory: " + path)


comptime sep = "/"
