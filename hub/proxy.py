"""The proxy class: JupyterHub's ConfigurableHTTPProxy, letting extra routes point at unix sockets.

Our hub listens on a unix socket (the sandboxes have no network), and `/user/NAME` without a
running server must reach it (the hub then offers to start the server) rather than fall through
to the website's catch-all route. JupyterHub's own check of extra routes accepts only http(s)
targets; the Node proxy (>= 5.3) routes to `http+unix` targets just as well.
"""

from __future__ import annotations

from typing import Any

from jupyterhub.proxy import ConfigurableHTTPProxy
from traitlets import validate


class MojitoProxy(ConfigurableHTTPProxy):
    @validate("extra_routes")
    def _validate_extra_routes(self, proposal: Any) -> dict[str, str]:
        routes: dict[str, str] = {}
        for spec, target in proposal.value.items():
            spec = spec if spec.endswith("/") else spec + "/"
            if not spec.startswith("/"):
                raise ValueError(f"extra route {spec!r} must start with '/'")
            if not target.lower().startswith(("http://", "https://", "http+unix://")):
                raise ValueError(f"extra route target {target!r} is not an http(s) or http+unix URL")
            routes[spec] = target
        return routes
