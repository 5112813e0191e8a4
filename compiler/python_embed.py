"""What a program that uses `std.python` needs from the Python it runs with.

Under `mojito run` (and in notebooks) the program runs inside the compiler's own interpreter: the
C API resolves against this process, and the entry holds the GIL for the whole run (each operation's
PyGILState_Ensure is then nearly free). A built executable links libpython of the environment it is
built in (with an rpath to it) and starts that interpreter on first use; its C main sets
MOJITO_PYTHON_SITE_BUILTIN to the environment's site-packages so that `Python.import_module("numpy")`
finds what the building environment had (MOJITO_PYTHON_SITE adds more at run time).
"""

from __future__ import annotations

import os
import re
import site
import sys
import sysconfig

_IMPORTS_PYTHON = re.compile(r"^\s*(from|import)\s+(std\.)?python\b", re.MULTILINE)


def uses_python(source: str) -> bool:
    """Whether a program imports std.python (only then does it touch the C API)."""
    return _IMPORTS_PYTHON.search(source) is not None


class NoLibPython(Exception):
    pass


def link_flags() -> list[str]:
    """The C compiler flags that link this environment's libpython, or NoLibPython saying why not."""
    version = sysconfig.get_config_var("LDVERSION") or f"{sys.version_info.major}.{sys.version_info.minor}"
    libdir = sysconfig.get_config_var("LIBDIR") or ""
    shared = sysconfig.get_config_var("Py_ENABLE_SHARED")
    name = f"libpython{version}.so"
    dirs = [d for d in (libdir, os.path.join(sys.base_prefix, "lib"), "/usr/lib/x86_64-linux-gnu",
                        "/usr/lib/aarch64-linux-gnu", "/usr/lib") if d]
    found = next((d for d in dirs if os.path.exists(os.path.join(d, name))), None)
    if found is None:
        why = "it was built without a shared libpython" if not shared else f"{name} is not in {', '.join(dirs)}"
        raise NoLibPython(
            f"this program uses std.python, but the Python of this environment ({sys.executable}) cannot be "
            f"embedded: {why}. Install the shared library (e.g. apt-get install libpython{version}-dev) or "
            "build with a Python that has one.")
    # --no-as-needed: the program's references are weak (codegen/module.py), which the linker's
    # default --as-needed does not count as a need, and would drop the library.
    return [f"-L{found}", "-Wl,--no-as-needed", f"-lpython{version}", "-Wl,--as-needed", f"-Wl,-rpath,{found}"]


def site_dirs() -> list[str]:
    dirs = list(site.getsitepackages()) if hasattr(site, "getsitepackages") else []
    user = site.getusersitepackages() if site.ENABLE_USER_SITE else None
    return [d for d in dirs + ([user] if user else []) if os.path.isdir(d)]


def startup_env() -> dict[str, str]:
    """Set by a built executable's C main before the program runs, unless already set (module.py
    lower_c_main): the interpreter's home (its standard library, which it would otherwise look
    for beside the executable) and the environment's site-packages."""
    return {"PYTHONHOME": sys.base_exec_prefix, "MOJITO_PYTHON_SITE_BUILTIN": os.pathsep.join(site_dirs())}
