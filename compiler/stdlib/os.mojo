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
def __libc_readdir(d: Int) -> Int: ...
def __libc_stat(path: __Ptr, buf: __Ptr) -> Int32: ...
def __libc_lstat(path: __Ptr, buf: __Ptr) -> Int32: ...
def __libc_symlink(target: __Ptr, linkpath: __Ptr) -> Int32: ...
def __libc_link(oldpath: __Ptr, newpath: __Ptr) -> Int32: ...
def __libc_isatty(fd: Int32) -> Int32: ...


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
        raise Error("Can not remove file: " + path + " Err: " + _errno_text())


def unlink(path: String) raises:
    remove(path)


def mkdir(path: String, mode: Int = 0o777) raises:
    var c = _c_string(path)
    var r = __libc_mkdir(c, Int32(mode))
    __free(c)
    if r != 0:
        raise Error("Can not create directory: " + path + " Err: " + _errno_text())


def rmdir(path: String) raises:
    var c = _c_string(path)
    var r = __libc_rmdir(c)
    __free(c)
    if r != 0:
        raise Error("Can not remove directory: " + path + " Err: " + _errno_text())


def makedirs(path: String, mode: Int = 0o777, exist_ok: Bool = False) raises:
    """Creates the directory and any missing parents (the parents first)."""
    var parent = _dirname_of(path)
    if parent.byte_length() > 0 and parent != path and not _path_exists(parent):
        try:
            makedirs(parent, mode, True)
        except:
            pass  # creating `path` fails next, and says so with the whole path
    if exist_ok and _path_isdir(path):
        return
    try:
        mkdir(path, mode)
    except e:
        raise Error(String(e) + "\nset `makedirs(path, exist_ok=True)` to allow existing dirs")


def removedirs(path: String) raises:
    """Removes the directory, then each parent that became empty (stopping at the first that is not)."""
    rmdir(path)
    var head = _dirname_of(path)
    while head.byte_length() > 0 and head != "/":
        var c = _c_string(head)
        var r = __libc_rmdir(c)
        __free(c)
        if r != 0:
            return
        head = _dirname_of(head)


def _dirname_of(path: String) -> String:
    var end = path.byte_length()
    while end > 1 and __load_byte(__str_ptr(path), end - 1) == 47:  # trailing '/'
        end -= 1
    var i = end - 1
    while i >= 0 and __load_byte(__str_ptr(path), i) != 47:
        i -= 1
    if i < 0:
        return ""
    if i == 0:
        return "/"
    return _str_slice(path, 0, i)


def listdir(path: String) raises -> List[String]:
    """The names in the directory (not "." and ".."), in the order the file system gives them."""
    var c = _c_string(path)
    var d = __libc_opendir(c)
    __free(c)
    if d == 0:
        raise Error("the directory '" + path + "' does not exist")
    var out = List[String]()
    while True:
        var entry = __libc_readdir(d)
        if entry == 0:
            break
        var name = _from_c_string(entry + 19)  # struct dirent's d_name (Linux, 64-bit)
        if name != "." and name != "..":
            out.append(name)
    _ = __libc_closedir(d)
    return out^


def symlink(target: String, linkpath: String) raises:
    var a = _c_string(target)
    var b = _c_string(linkpath)
    var r = __libc_symlink(a, b)
    __free(a)
    __free(b)
    if r != 0:
        raise Error("Can not create symlink from " + linkpath + " to " + target + " Err: " + _errno_text())


def link(oldpath: String, newpath: String) raises:
    var a = _c_string(oldpath)
    var b = _c_string(newpath)
    var r = __libc_link(a, b)
    __free(a)
    __free(b)
    if r != 0:
        raise Error("Can not create link from " + newpath + " to " + oldpath + " Err: " + _errno_text())


def isatty(fd: Int) -> Bool:
    return __libc_isatty(Int32(fd)) == 1


struct _CTimeSpec(Copyable, Writable):
    """A file time: seconds and nanoseconds since the epoch."""

    var tv_sec: Int
    var tv_nsec: Int

    def __init__(out self, tv_sec: Int, tv_nsec: Int):
        self.tv_sec = tv_sec
        self.tv_nsec = tv_nsec

    def as_nanoseconds(self) -> Int:
        return self.tv_sec * 1_000_000_000 + self.tv_nsec

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.as_nanoseconds(), "ns")


@fieldwise_init
struct stat_result(Copyable, Writable):
    """What stat/lstat tell about a file (Linux x86-64's struct stat, read field by field)."""

    var st_mode: Int
    var st_ino: Int
    var st_dev: Int
    var st_nlink: Int
    var st_uid: Int
    var st_gid: Int
    var st_size: Int
    var st_atimespec: _CTimeSpec
    var st_mtimespec: _CTimeSpec
    var st_ctimespec: _CTimeSpec
    var st_birthtimespec: _CTimeSpec
    var st_blocks: Int
    var st_blksize: Int
    var st_rdev: Int
    var st_flags: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("os.stat_result(st_mode=", self.st_mode, ", st_ino=", self.st_ino, ", st_dev=", self.st_dev,
                     ", st_nlink=", self.st_nlink, ", st_uid=", self.st_uid, ", st_gid=", self.st_gid,
                     ", st_size=", self.st_size, ", st_atime=", self.st_atimespec, ", st_mtime=",
                     self.st_mtimespec, ", st_ctime=", self.st_ctimespec, ", st_birthtime=",
                     self.st_birthtimespec, ", st_blocks=", self.st_blocks, ", st_blksize=", self.st_blksize,
                     ", st_rdev=", self.st_rdev, ", st_flags=", self.st_flags, ")")

    def write_repr_to(self, mut writer: Some[Writer]):
        self.write_to(writer)


def _stat(path: String, follow: Bool) raises -> stat_result:
    var buf = __malloc(144)
    var c = _c_string(path)
    var r = __libc_stat(c, buf) if follow else __libc_lstat(c, buf)
    __free(c)
    if r != 0:
        __free(buf)
        raise Error(("unable to stat '" if follow else "unable to lstat '") + path + "'")
    # struct stat on Linux x86-64: dev, ino, nlink (8 bytes each), mode, uid, gid (4 each, then 4 of
    # padding), rdev, size, blksize, blocks (8 each), then atime, mtime, ctime as (sec, nsec) pairs.
    var low = 0xFFFFFFFF
    var mode_uid = __load_word(buf, 3)
    var result = stat_result(
        st_mode=mode_uid & low, st_ino=__load_word(buf, 1), st_dev=__load_word(buf, 0),
        st_nlink=__load_word(buf, 2), st_uid=(mode_uid >> 32) & low, st_gid=__load_word(buf, 4) & low,
        st_size=__load_word(buf, 6), st_atimespec=_CTimeSpec(__load_word(buf, 9), __load_word(buf, 10)),
        st_mtimespec=_CTimeSpec(__load_word(buf, 11), __load_word(buf, 12)),
        st_ctimespec=_CTimeSpec(__load_word(buf, 13), __load_word(buf, 14)),
        st_birthtimespec=_CTimeSpec(0, 0), st_blocks=__load_word(buf, 8), st_blksize=__load_word(buf, 7),
        st_rdev=__load_word(buf, 5), st_flags=0)
    __free(buf)
    return result^


def stat(path: String) raises -> stat_result:
    return _stat(path, True)


def lstat(path: String) raises -> stat_result:
    return _stat(path, False)


comptime sep = "/"
