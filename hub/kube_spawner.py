"""The `kubernetes` backend: KubeSpawner with one profile per pool and a PVC per user.

Users outgrow one machine by moving here, through the Zero-to-JupyterHub chart
(deploy/kubernetes/values.yaml) with this spawner class in the hub image.
"""

from __future__ import annotations

import os
from typing import Any

from kubespawner import KubeSpawner
from traitlets import default

from .admission import AdmissionMixin
from .pools import GPU_RESOURCE, PoolPlacement, SessionResources, kube_profile_list, load_pools
from .settings import load as load_settings


def kube_overrides(pool: PoolPlacement, res: SessionResources) -> dict[str, Any]:
    """KubeSpawner trait values for one session on `pool` with web/'s limits."""
    values: dict[str, Any] = {
        "mem_limit": res.memory_bytes,
        "mem_guarantee": res.memory_bytes // 2,
        "cpu_limit": res.cpu,
        "cpu_guarantee": min(res.cpu, max(0.1, res.cpu / 2)),
        "node_selector": dict(pool.node_selector),
        "tolerations": [dict(t) for t in pool.tolerations],
        "extra_resource_limits": {},
        "extra_resource_guarantees": {},
    }
    if res.gpus:
        values["extra_resource_limits"] = {GPU_RESOURCE: str(res.gpus)}
        values["extra_resource_guarantees"] = {GPU_RESOURCE: str(res.gpus)}
    if res.disk_bytes:
        values["extra_resource_limits"]["ephemeral-storage"] = str(res.disk_bytes)
    return values


class MojitoKubeSpawner(AdmissionMixin, KubeSpawner):
    @default("image")
    def _default_image(self) -> str:
        return os.environ.get("MOJITO_NOTEBOOK_IMAGE", "mojito/notebook:latest")

    @default("profile_list")
    def _default_profile_list(self) -> list[dict[str, Any]]:
        return kube_profile_list(load_pools())

    @default("storage_pvc_ensure")
    def _default_storage_pvc_ensure(self) -> bool:
        return True

    @default("pvc_name_template")
    def _default_pvc_name_template(self) -> str:
        return "mojito-home-{user_server}"

    @default("storage_capacity")
    def _default_storage_capacity(self) -> str:
        return os.environ.get("MOJITO_WORKSPACE_SIZE", "1Gi")

    @default("volumes")
    def _default_volumes(self) -> list[dict[str, Any]]:
        return [{"name": "home", "persistentVolumeClaim": {"claimName": "{pvc_name}"}}]

    @default("volume_mounts")
    def _default_volume_mounts(self) -> list[dict[str, Any]]:
        return [{"name": "home", "mountPath": "/home/jovyan/work"}]

    async def chosen_pool(self) -> str:
        # A chosen profile is a pool: the profile's slug is the pool's name.
        profile = (self.user_options or {}).get("profile")
        return str(profile) if profile else await super().chosen_pool()

    async def _wait_for_admission(self, pool: str):  # type: ignore[override]
        self._mojito_pool = pool
        return await super()._wait_for_admission(pool)

    def apply_limits(self, limits: dict[str, Any]) -> None:
        s = load_settings()
        pools = load_pools()
        pool = pools.get(getattr(self, "_mojito_pool", ""), next(iter(pools.values())))
        res = SessionResources.from_limits(limits, pool, default_memory_mb=s.default_memory_mb,
                                           default_cpu=s.default_cpu_share, pids=s.pids_max)
        for name, value in kube_overrides(pool, res).items():
            setattr(self, name, value)
