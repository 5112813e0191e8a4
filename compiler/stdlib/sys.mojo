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


# ---------------------------------------------------------------- the compilation target
def __target_has(feature: StringLiteral) -> Bool: ...
def __target_is(what: StringLiteral) -> Bool: ...


def is_little_endian() -> Bool:
    return __target_is("little_endian")


def is_big_endian() -> Bool:
    return not __target_is("little_endian")


struct CompilationTarget(ImplicitlyCopyable):
    """What the program is compiled for: this host's CPU, its features and OS (codegen/target.py
    answers each question when the code is compiled; the object cache is keyed by the CPU)."""

    def __init__(out self):
        pass

    @staticmethod
    def is_x86() -> Bool:
        return __target_is("x86")

    @staticmethod
    def is_arm() -> Bool:
        return __target_is("arm")

    @staticmethod
    def is_linux() -> Bool:
        return __target_is("linux")

    @staticmethod
    def is_macos() -> Bool:
        return __target_is("macos")

    @staticmethod
    def is_apple_silicon() -> Bool:
        return __target_is("arm") and __target_is("macos")

    @staticmethod
    def has_avx() -> Bool:
        return __target_has("avx")

    @staticmethod
    def has_avx2() -> Bool:
        return __target_has("avx2")

    @staticmethod
    def has_avx512f() -> Bool:
        return __target_has("avx512f")

    @staticmethod
    def has_fma() -> Bool:
        return __target_has("fma")

    @staticmethod
    def has_sse4() -> Bool:
        return __target_has("sse4.1")

    @staticmethod
    def has_vnni() -> Bool:
        return __target_has("avx512vnni") or __target_has("avxvnni")

    @staticmethod
    def has_neon() -> Bool:
        return __target_has("neon")

    def is_gpu(self) -> Bool:
        return False

    def is_accelerator(self) -> Bool:
        return False
