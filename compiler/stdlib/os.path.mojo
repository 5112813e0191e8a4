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
