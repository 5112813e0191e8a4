# std.sys: the program's command line.

def __argc() -> Int: ...
def __argv_at(i: Int) -> String: ...


def argv() -> List[String]:
    """The command-line arguments; argv()[0] is the program's name."""
    var out = List[String]()
    for i in range(__argc()):
        out.append(__argv_at(i))
    return out^
