"""The `docker` backend: DockerSpawner with the notebook image from deploy/, one volume per user.

Same limits as the local sandbox, enforced by Docker: memory (no swap), CPU quota, process count,
a read-only image with a private /tmp, no network but an internal one shared with the hub only
(`internal: true` in docker-compose.yml: no route out), and GPUs via device requests.
"""

from __future__ import annotations

import os
from typing import Any

from dockerspawner import DockerSpawner
from traitlets import Unicode, default

from .admission import AdmissionMixin
from .pools import SessionResources, load_pools
from .settings import load as load_settings


def docker_host_config(res: SessionResources, tmp_mb: int = 256) -> dict[str, Any]:
    """extra_host_config for one session (mem_limit and cpu_limit are DockerSpawner traits)."""
    config: dict[str, Any] = {
        "memswap_limit": res.memory_bytes,  # equal to mem_limit: no swap
        "pids_limit": res.pids,
        "read_only": True,
        "tmpfs": {"/tmp": f"rw,nosuid,nodev,size={tmp_mb}m"},
        "cap_drop": ["ALL"],
        "security_opt": ["no-new-privileges"],
    }
    if res.gpus:
        config["device_requests"] = [{"Driver": "nvidia", "Count": res.gpus, "Capabilities": [["gpu"]]}]
    return config


class MojitoDockerSpawner(AdmissionMixin, DockerSpawner):
    image_name = Unicode(config=True, help="The notebook image (deploy/notebook/Dockerfile).")

    @default("image_name")
    def _default_image_name(self) -> str:
        return os.environ.get("MOJITO_NOTEBOOK_IMAGE", "mojito/notebook:latest")

    @default("image")
    def _default_image(self) -> str:
        return self.image_name

    @default("network_name")
    def _default_network_name(self) -> str:
        # An internal network (no egress) that the hub and the proxy share with the sessions.
        return os.environ.get("MOJITO_DOCKER_NETWORK", "mojito-sessions")

    @default("volumes")
    def _default_volumes(self) -> dict[str, str]:
        return {"mojito-user-{username}": "/home/jovyan/work"}

    @default("notebook_dir")
    def _default_notebook_dir(self) -> str:
        return "/home/jovyan/work"

    @default("remove")
    def _default_remove(self) -> bool:
        return True

    def apply_limits(self, limits: dict[str, Any]) -> None:
        s = load_settings()
        pool = load_pools().get(getattr(self, "_mojito_pool", "cpu")) or next(iter(load_pools().values()))
        res = SessionResources.from_limits(limits, pool, default_memory_mb=s.default_memory_mb,
                                           default_cpu=s.default_cpu_share, pids=s.pids_max)
        self.mem_limit = res.memory_bytes
        self.cpu_limit = res.cpu
        self.extra_host_config = {**self.extra_host_config, **docker_host_config(res)}

    async def _wait_for_admission(self, pool: str):  # type: ignore[override]
        self._mojito_pool = pool
        return await super()._wait_for_admission(pool)
