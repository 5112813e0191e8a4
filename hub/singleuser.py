"""Entry point of a sandboxed single-user server: `jupyterhub-singleuser`, made non-dumpable first.

The server receives every request for /user/NAME/, with the visitor's cookies, and holds the
server's own tokens. The user's kernels run as the same uid, so without this they could read or
write the server's memory through /proc/PID/mem (or read /proc/PID/environ): a non-dumpable
process's /proc files belong to root. Kernels are separate programs (exec resets the flag), so
the user's own code is unaffected. Run with `python -I` so that nothing in the working directory
(the user's workspace) or in PYTHON* variables is imported before this.
"""

from __future__ import annotations

import ctypes
import sys

PR_SET_DUMPABLE = 4


def main() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        raise SystemExit(f"mojito: cannot make the server non-dumpable (errno {ctypes.get_errno()})")
    # jsonschema imports rfc3987_syntax when it is installed (jupyter-events pulls it in) only to
    # check the "iri" string format, which no Jupyter event schema uses; building its grammar costs
    # ~1.5 s of CPU, over half of the server's start. An absent module is what jsonschema expects.
    sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]
    from jupyterhub.singleuser import main as singleuser_main

    sys.exit(singleuser_main())


if __name__ == "__main__":
    main()
