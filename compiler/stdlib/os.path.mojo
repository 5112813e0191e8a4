# std.os.path: questions about paths.


def exists(path: String) -> Bool:
    return _path_exists(path)


def isdir(path: String) -> Bool:
    return _path_isdir(path)


def isfile(path: String) -> Bool:
    return _path_exists(path) and not _path_isdir(path)


def basename(path: String) -> String:
    var i = _str_rfind(path, "/")
    if i < 0:
        return path
    return _str_slice(path, i + 1, path.byte_length())


def dirname(path: String) -> String:
    var i = _str_rfind(path, "/")
    if i < 0:
        return ""
    if i == 0:
        return "/"
    return _str_slice(path, 0, i)


def join(path: String, *paths: String) -> String:
    var out = path
    for i in range(len(paths)):
        var p = paths[i]
        if _str_startswith(p, "/"):
            out = p
        elif out.byte_length() == 0 or _str_endswith(out, "/"):
            out = out + p
        else:
            out = out + "/" + p
    return out


def split(path: String) -> Tuple[String, String]:
    var i = _str_rfind(path, "/")
    if i < 0:
        return (String(""), path)
    var head = _str_slice(path, 0, i)
    if i == 0:
        head = "/"
    return (head, _str_slice(path, i + 1, path.byte_length()))


def is_absolute(path: String) -> Bool:
    return _str_startswith(path, "/")


def __libc_realpath(path: __Ptr, resolved: Int) -> Int: ...


def islink(path: String) -> Bool:
    try:
        return (_stat(path, False).st_mode & 0o170000) == 0o120000
    except:
        return False


def lexists(path: String) -> Bool:
    try:
        _ = _stat(path, False)
        return True
    except:
        return False


def getsize(path: String) raises -> Int:
    return _stat(path, True).st_size


def realpath(path: String) raises -> String:
    """The absolute path with every symbolic link, `.` and `..` resolved; the file must exist."""
    var c = _c_string(path)
    var r = __libc_realpath(c, 0)
    __free(c)
    if r == 0:
        raise Error("realpath failed to resolve: " + _errno_text())
    var out = _from_c_string(r)
    __libc_free(__int_to_ptr(r))
    return out


def expanduser(path: String) raises -> String:
    """`~` or a leading `~/` becomes the home directory ($HOME)."""
    if path != "~" and not _str_startswith(path, "~/"):
        return path
    var c = _c_string("HOME")
    var v = __libc_getenv(c)
    __free(c)
    var home = _from_c_string(v) if v != 0 else String("")
    if home.byte_length() == 0:
        raise Error("Could not determine home directory.")
    return home + _str_slice(path, 1, path.byte_length())


def _is_var_char(c: UInt8) -> Bool:
    return (c >= 48 and c <= 57) or (c >= 65 and c <= 90) or (c >= 97 and c <= 122) or c == 95


def expandvars(path: String) -> String:
    """`$NAME` and `${NAME}` become the variable's value; unset or malformed ones stay as written."""
    var n = path.byte_length()
    var p = __str_ptr(path)
    var out = String("")
    var i = 0
    var start = 0
    while i < n:
        if __load_byte(p, i) != 36 or i + 1 >= n:  # '$'
            i += 1
            continue
        var braced = __load_byte(p, i + 1) == 123  # '{'
        var j = i + 2 if braced else i + 1
        var k = j
        while k < n and _is_var_char(__load_byte(p, k)):
            k += 1
        var closed = not braced or (k < n and __load_byte(p, k) == 125)
        if k == j or not closed or (__load_byte(p, j) >= 48 and __load_byte(p, j) <= 57):
            i += 1
            continue
        var name = _str_slice(path, j, k)
        var end = k + 1 if braced else k
        var c = _c_string(name)
        var v = __libc_getenv(c)
        __free(c)
        if v != 0:
            out += _str_slice(path, start, i) + _from_c_string(v)
            start = end
        i = end
    return out + _str_slice(path, start, n)


def split_extension(path: String) raises -> Tuple[String, String]:
    """(root, extension): the extension is the last '.' of the last component and what follows, if
    that '.' is not the component's leading dots."""
    var name_start = _str_rfind(path, "/") + 1
    var dot = _str_rfind(path, ".")
    if dot <= name_start:
        return (path, String(""))
    var k = name_start
    while k < dot and __load_byte(__str_ptr(path), k) == 46:
        k += 1
    if k == dot:
        return (path, String(""))
    return (_str_slice(path, 0, dot), _str_slice(path, dot, path.byte_length()))


def splitroot(path: String) -> Tuple[String, String, String]:
    """(drive, root, tail): POSIX has no drives; the root is '/', or '//' exactly (POSIX keeps it)."""
    var n = path.byte_length()
    var p = __str_ptr(path)
    if n == 0 or __load_byte(p, 0) != 47:
        return (String(""), String(""), path)
    if n >= 2 and __load_byte(p, 1) == 47 and (n == 2 or __load_byte(p, 2) != 47):
        return (String(""), String("//"), _str_slice(path, 2, n))
    return (String(""), String("/"), _str_slice(path, 1, n))
