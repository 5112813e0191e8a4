# PYTHONSTARTUP of sandboxed sessions: IPython runs it in every kernel before the first cell (in the
# user's namespace, so it defines no names). See oomnotice.py.
import sys as __mojito_sys

if "ipykernel" in __mojito_sys.modules:
    try:
        __import__("mojito.hub.oomnotice", fromlist=["install"]).install()
    except Exception:  # noqa: BLE001, S110 - a missing notice must never break a kernel
        pass
del __mojito_sys
