"""Builds the JupyterHub configuration from HubSettings (kept in code so it can be tested)."""

from __future__ import annotations

import os
import secrets
import shutil
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .settings import PROJECT_ROOT, HubSettings
from .settings import load as load_settings

CHP_VERSION = "5.3.0"  # the first Node proxy release that routes to http+unix targets


def proxy_command() -> list[str]:
    """The Node configurable-http-proxy installed by `make` under .venv/node (or on PATH)."""
    for candidate in (
        os.environ.get("MOJITO_PROXY_COMMAND", ""),
        str(Path(sys.prefix) / "node" / "node_modules" / ".bin" / "configurable-http-proxy"),
        str(PROJECT_ROOT / ".venv" / "node" / "node_modules" / ".bin" / "configurable-http-proxy"),
    ):
        if candidate and Path(candidate).exists():
            return [candidate]
    found = shutil.which("configurable-http-proxy")
    return [found] if found else ["configurable-http-proxy"]


def with_parent(command: list[str]) -> list[str]:
    """The proxy and the idle culler run in sessions of their own; if the hub dies without
    cleaning up (SIGKILL, a hang cut short by `make run`'s stop), they get SIGTERM too instead
    of living on (setpriv's parent-death signal)."""
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "TERM", "--", *command] if setpriv else command


def _secret_file(path: Path, nbytes: int = 32) -> str:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(nbytes))
    return path.read_text().strip()


def prepare_dirs(settings: HubSettings | None = None, runtime: bool = True) -> HubSettings:
    s = settings or load_settings()
    s.hub_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(s.hub_dir, 0o700)
    if not runtime:
        return s
    s.runtime_dir.mkdir(parents=True, exist_ok=True)
    # Sessions (other uids) must reach the hub socket inside; nothing else lives here.
    os.chmod(s.runtime_dir, 0o755)
    (s.runtime_dir / "users").mkdir(exist_ok=True)
    os.chmod(s.runtime_dir / "users", 0o711)
    s.hub_socket.parent.mkdir(exist_ok=True)
    os.chmod(s.hub_socket.parent, 0o755)
    return s


def unix_url(path: Path) -> str:
    return "http+unix://" + quote(str(path), safe="")


def configure_classes(c: Any, s: HubSettings) -> None:
    """What every deployment shares: login bridge, spawner, sessions, culler (also used inside the
    Zero-to-JupyterHub chart, whose own settings keep the proxy and the hub's addresses)."""
    from .auth import LaunchTokenAuthenticator
    from .backends import spawner_class

    c.JupyterHub.authenticator_class = LaunchTokenAuthenticator
    c.Authenticator.enable_auth_state = True
    os.environ.setdefault("JUPYTERHUB_CRYPT_KEY", _secret_file(s.hub_dir / "auth_state_key"))
    c.JupyterHub.spawner_class = spawner_class(s.backend)
    c.JupyterHub.shutdown_on_logout = True  # logging out stops the session (the workspace stays)
    c.JupyterHub.redirect_to_server = True
    # Visiting one's own stopped workspace (a bookmark, "Open a copy" of a share) starts it.
    c.JupyterHub.implicit_spawn_seconds = 1
    # Named servers are extra sessions; web/'s plan decides how many may run (max_sessions).
    c.JupyterHub.allow_named_servers = True
    c.Spawner.default_url = "/lab"
    c.Spawner.start_timeout = 120
    c.Spawner.http_timeout = 60
    c.Spawner.poll_interval = 10
    c.Spawner.disable_user_config = True  # a workspace file cannot reconfigure the server
    # Our frame around the hub's pages (spawn progress, errors, logout); hub/templates/page.html.
    c.JupyterHub.template_paths = [str(Path(__file__).resolve().parent / "templates")]


def configure_for_z2jh(c: Any) -> None:
    """Entry point for deploy/kubernetes/values.yaml (hub.extraConfig)."""
    s = prepare_dirs(load_settings(), runtime=False)
    configure_classes(c, s)


class UnservablePools(SystemExit):
    """The website offers a pool that this hub's backend cannot run (refused at start-up)."""


def unservable_pools(pools: list[dict[str, Any]], backend: str) -> list[str]:
    """Reasons, one per pool with capacity that `backend` cannot serve (none: all is well)."""
    problems = []
    for p in pools:
        gpu = p.get("kind") == "gpu" or int(p.get("gpus_per_session") or 0) > 0
        if backend == "local" and gpu and int(p.get("capacity") or 0) > 0:
            problems.append(
                f"the website offers the GPU pool {p.get('name')!r} (capacity {p.get('capacity')}), but the "
                "local backend runs sessions on this machine's CPUs only; set the pool's capacity to 0 in "
                "the website's MOJITO_CONFIG_FILE, or run GPU sessions with MOJITO_HUB_BACKEND=docker or "
                "kubernetes on GPU nodes"
            )
    return problems


def check_pools(s: HubSettings, timeout: float = 5.0) -> None:
    """Ask web/ which pools it offers; refuse to start when the backend cannot serve one of them,
    rather than failing every Launch of that pool later. A website that does not answer yet is
    only logged (it may start after the hub)."""
    import json
    import logging
    import urllib.request

    if not s.admission:
        return
    req = urllib.request.Request(s.web_url + "/api/v1/internal/pools",
                                 headers={"Authorization": f"Bearer {s.service_token()}"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            pools = json.load(r).get("pools", [])
    except (OSError, ValueError) as exc:
        logging.getLogger("mojito.hub").warning("cannot check the website's pools at %s: %s", s.web_url, exc)
        return
    problems = unservable_pools(pools, s.backend)
    if problems:
        raise UnservablePools("mojito hub: refusing to start: " + "; ".join(problems) + ".")


def configure(c: Any, s: HubSettings) -> None:
    check_pools(s)
    configure_classes(c, s)
    local = s.backend == "local"
    # Local sandboxes have no network: they reach the hub over its unix socket. Containers reach
    # it over their internal network.
    hub_url = unix_url(s.hub_socket) if local else os.environ.get("MOJITO_HUB_BIND_URL", "http://0.0.0.0:8081")
    c.JupyterHub.bind_url = os.environ.get("MOJITO_BIND_URL", s.public_url).rstrip("/") + "/"
    c.JupyterHub.hub_bind_url = hub_url
    c.JupyterHub.hub_connect_url = hub_url if local else os.environ.get("MOJITO_HUB_CONNECT_URL", hub_url)
    c.JupyterHub.hub_socket_mode = 0o666  # the sandboxed servers (other uids) call the hub API
    c.JupyterHub.db_url = f"sqlite:///{s.hub_dir / 'jupyterhub.sqlite'}"
    c.JupyterHub.cookie_secret_file = str(s.hub_dir / "jupyterhub_cookie_secret")
    c.JupyterHub.pid_file = str(s.hub_dir / "jupyterhub.pid")
    # Local sandboxes die with the hub anyway; containers and pods are stopped with it too, so
    # that capacity in web/ is released on every stop path.
    c.JupyterHub.cleanup_servers = True

    c.JupyterHub.proxy_class = "mojito.hub.proxy.MojitoProxy"
    c.ConfigurableHTTPProxy.command = with_parent(proxy_command())
    c.ConfigurableHTTPProxy.api_url = unix_url(s.runtime_dir / "proxy-api.sock")
    c.ConfigurableHTTPProxy.pid_file = str(s.hub_dir / "proxy.pid")
    c.ConfigurableHTTPProxy.auth_token = _secret_file(s.hub_dir / "proxy_auth_token")
    c.ConfigurableHTTPProxy.debug = False
    # One public origin: the proxy sends everything that is not /hub/ or /user/ to the website.
    c.JupyterHub.hub_routespec = "/hub/"
    # /user/NAME without a running server falls through to the hub (which offers to start it).
    c.Proxy.extra_routes = {"/": s.web_url, "/user/": c.JupyterHub.hub_connect_url}

    if local:
        c.Spawner.cmd = [str(Path(sys.executable).parent / "jupyterhub-singleuser")]
        from . import stdlib_cache

        stdlib_cache.ensure_building(s.stdlib_cache)  # in the background, before the first user

    c.JupyterHub.load_roles = [{
        "name": "idle-culler",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": ["idle-culler"],
    }]
    idle = int(os.environ.get("MOJITO_IDLE_TIMEOUT", "1800"))
    c.JupyterHub.services = [{
        "name": "idle-culler",
        "command": with_parent([
            sys.executable, "-m", "jupyterhub_idle_culler", f"--timeout={idle}", "--cull-every=60",
            # The culler's HTTP client has no unix sockets: it goes through the proxy.
            f"--url={c.JupyterHub.bind_url.replace('0.0.0.0', '127.0.0.1')}hub/api"]),
    }]
