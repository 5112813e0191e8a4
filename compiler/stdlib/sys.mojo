# std.sys: the program's command line.

def __argc() -> Int: ...
def __argv_at(i: Int) -> String: ...


def argv() -> List[String]:
    """The command-line arguments; argv()[0] is the program's name."""
    var out = List[String]()
    for i in range(__argc()):
        out.append(__argv_at(i))
    return out^


def __libc_sysconf(name: Int32) -> Int: ...


def exit():
    """Ends the program with exit status 0."""
    __exit(0)


def exit(code: Int):
    """Ends the program with the given exit status."""
    __exit(code)


def num_logical_cores() -> Int:
    return __libc_sysconf(84)  # _SC_NPROCESSORS_ONLN


def num_physical_cores() -> Int:
    return __libc_sysconf(84)


def num_performance_cores() -> Int:
    return __libc_sysconf(84)


def has_accelerator() -> Bool:
    return False


def has_nvidia_gpu_accelerator() -> Bool:
    return False


def has_amd_gpu_accelerator() -> Bool:
    return False


def has_apple_gpu_accelerator() -> Bool:
    return False


def is_gpu() -> Bool:
    return False
