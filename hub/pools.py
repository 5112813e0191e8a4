"""Where each pool's sessions run on Docker and Kubernetes, and how web/'s limits map onto them.

Pools and their capacity live in web/ (admission); the hub only needs placement: for Kubernetes a
node selector and tolerations per pool, for both the GPU count. The defaults below match web/'s
default pools (`cpu`, `gpu`); `MOJITO_POOLS_FILE` (YAML) overrides them, e.g.

    cpu: {node_selector: {mojito.dev/pool: cpu}}
    gpu: {node_selector: {mojito.dev/pool: gpu}, gpus: 1,
          tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}]}
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

GPU_RESOURCE = "nvidia.com/gpu"


@dataclass(frozen=True)
class PoolPlacement:
    name: str
    description: str = ""
    node_selector: dict[str, str] = field(default_factory=dict)
    tolerations: list[dict[str, Any]] = field(default_factory=list)
    gpus: int = 0  # per session, unless web/'s admission says otherwise


DEFAULT_POOLS: dict[str, dict[str, Any]] = {
    "cpu": {"description": "CPU workspace", "node_selector": {"mojito.dev/pool": "cpu"}},
    "gpu": {
        "description": "GPU workspace",
        "node_selector": {"mojito.dev/pool": "gpu"},
        "gpus": 1,
        "tolerations": [{"key": GPU_RESOURCE, "operator": "Exists", "effect": "NoSchedule"}],
    },
}


def load_pools(path: str | None = None) -> dict[str, PoolPlacement]:
    path = path or os.environ.get("MOJITO_POOLS_FILE") or ""
    raw = yaml.safe_load(Path(path).read_text()) if path else DEFAULT_POOLS
    return {name: PoolPlacement(name=name, **(spec or {})) for name, spec in raw.items()}


@dataclass(frozen=True)
class SessionResources:
    """web/'s admission limits in the units the container backends use."""

    memory_bytes: int
    cpu: float
    gpus: int
    pids: int
    disk_bytes: int

    @classmethod
    def from_limits(cls, limits: dict[str, Any], pool: PoolPlacement, *, default_memory_mb: int,
                    default_cpu: float, pids: int) -> SessionResources:
        gpus = limits.get("gpus")
        return cls(
            memory_bytes=int(limits.get("memory_mb") or default_memory_mb) * 1024 * 1024,
            cpu=float(limits.get("cpu_share") or default_cpu),
            gpus=int(pool.gpus if gpus is None else gpus),
            pids=pids,
            disk_bytes=int(limits.get("disk_mb") or 0) * 1024 * 1024,
        )


def kube_profile_list(pools: dict[str, PoolPlacement]) -> list[dict[str, Any]]:
    """KubeSpawner profiles, one per pool (also what deploy/kubernetes/values.yaml carries)."""
    profiles = []
    for i, pool in enumerate(pools.values()):
        overrides: dict[str, Any] = {"node_selector": dict(pool.node_selector)}
        if pool.tolerations:
            overrides["tolerations"] = [dict(t) for t in pool.tolerations]
        if pool.gpus:
            overrides["extra_resource_limits"] = {GPU_RESOURCE: str(pool.gpus)}
            overrides["extra_resource_guarantees"] = {GPU_RESOURCE: str(pool.gpus)}
        profiles.append({"display_name": pool.description or pool.name, "slug": pool.name,
                         "default": i == 0, "kubespawner_override": overrides})
    return profiles
