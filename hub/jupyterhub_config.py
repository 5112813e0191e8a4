# JupyterHub configuration of Mojito (`jupyterhub -f hub/jupyterhub_config.py`, or `mojito hub serve`).
# Everything comes from MOJITO_... environment variables; see docs/hub.md.
# ruff: noqa: F821  (`c` is provided by JupyterHub when it loads this file)
import os

from mojito.hub import config as mojito_config

settings = mojito_config.prepare_dirs()
mojito_config.configure(c, settings)  # type: ignore[name-defined]
if os.environ.get("MOJITO_HUB_EXTRA_CONFIG"):
    # Site-specific additions, loaded the traitlets way (tests add a service token this way).
    load_subconfig(os.environ["MOJITO_HUB_EXTRA_CONFIG"])  # type: ignore[name-defined]
