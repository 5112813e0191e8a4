"""Hub configuration from `MOJITO_...` environment variables (documented in docs/hub.md)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str) -> str:
    value = os.environ.get(name, "")
    return value if value else default


@dataclass(frozen=True)
class HubSettings:
    data_dir: Path
    runtime_dir: Path  # short path for unix sockets (a socket path may have at most 107 bytes)
    public_url: str
    web_url: str  # where the hub reaches web/'s internal API
    backend: str  # local | docker | kubernetes
    notebook_dir: Path  # copied into every new workspace
    sandbox_uid_base: int
    pids_max: int
    default_memory_mb: int
    default_cpu_share: float
    iopub_bytes_per_second: int
    admission: bool  # ask web/ before every start (off only for a hub without a website)
    stdlib_cache: Path  # the compiled standard library, prebuilt once for every session (stdlib_cache.py)

    @property
    def users_dir(self) -> Path:
        return self.data_dir / "users"

    @property
    def hub_dir(self) -> Path:
        return self.data_dir / "hub"

    @property
    def hub_socket(self) -> Path:
        # In a directory of its own, which sessions get read-only: a restarted hub makes a new
        # socket there, and the sessions it adopts (docs/hub.md) reach it through the directory
        # (a bind of the socket file itself would keep the dead hub's).
        return self.runtime_dir / "hub" / "hub.sock"

    @property
    def cgroup_parent(self) -> str:
        # One cgroup parent per data directory, so two hubs (or test runs) never meet.
        return "mojito-" + _short_hash(self.data_dir)

    def service_token(self) -> str:
        """The bearer token for web/'s internal API: the environment, else web/'s secrets file."""
        token = os.environ.get("MOJITO_HUB_SERVICE_TOKEN", "")
        if token:
            return token
        path = self.data_dir / "secrets" / "hub_service_token"
        return path.read_text().strip() if path.exists() else ""


def _short_hash(path: Path) -> str:
    return hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:10]


def load() -> HubSettings:
    data_dir = Path(_env("MOJITO_DATA_DIR", ".mojito-data")).resolve()
    default_run = (
        f"/run/mojito-{_short_hash(data_dir)}" if os.geteuid() == 0
        else f"/tmp/mojito-{os.getuid()}-{_short_hash(data_dir)}"
    )
    examples = PROJECT_ROOT / "examples"
    return HubSettings(
        data_dir=data_dir,
        runtime_dir=Path(_env("MOJITO_RUNTIME_DIR", default_run)),
        public_url=_env("MOJITO_PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/"),
        web_url=_env("MOJITO_WEB_URL", "http://127.0.0.1:8100").rstrip("/"),
        backend=_env("MOJITO_HUB_BACKEND", "local"),
        notebook_dir=Path(_env("MOJITO_NOTEBOOK_DIR", str(examples))),
        sandbox_uid_base=int(_env("MOJITO_SANDBOX_UID_BASE", "200000")),
        pids_max=int(_env("MOJITO_SANDBOX_PIDS_MAX", "256")),
        default_memory_mb=int(_env("MOJITO_SANDBOX_MEMORY_MB", "2048")),
        default_cpu_share=float(_env("MOJITO_SANDBOX_CPU_SHARE", "1.0")),
        iopub_bytes_per_second=int(_env("MOJITO_SANDBOX_OUTPUT_BYTES_PER_SECOND", "1000000")),
        admission=_env("MOJITO_HUB_ADMISSION", "on") != "off",
        # Host-wide rather than per data directory: it depends only on the compiler's code.
        stdlib_cache=Path(_env("MOJITO_STDLIB_CACHE", "/var/cache/mojito/stdlib" if os.geteuid() == 0
                               else str(Path.home() / ".cache" / "mojito" / "shared-stdlib"))),
    )
