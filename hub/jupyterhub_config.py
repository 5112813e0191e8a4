# JupyterHub configuration of Mojito (`jupyterhub -f hub/jupyterhub_config.py`, or `mojito hub serve`).
# Everything comes from MOJITO_... environment variables; see docs/hub.md.
# ruff: noqa: F821  (`c` is provided by JupyterHub when it loads this file)
import os

from mojito.hub import config as mojito_config

settings = mojito_config.prepare_dirs()
mojito_config.configure(c, settings)  # type: ignore[name-defined]
# Every hub cookie (the hub's login, the servers' OAuth cookies, which reach them through
# JUPYTERHUB_COOKIE_OPTIONS, and _xsrf) is SameSite=Lax, like the website's: no request that
# another site's page makes in the background carries it.
c.JupyterHub.tornado_settings.update({"cookie_options": {"samesite": "Lax"}})  # type: ignore[name-defined]
if os.environ.get("MOJITO_HUB_EXTRA_CONFIG"):
    # Site-specific additions, loaded the traitlets way (tests add a service token this way).
    load_subconfig(os.environ["MOJITO_HUB_EXTRA_CONFIG"])  # type: ignore[name-defined]
