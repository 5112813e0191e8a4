"""Which spawner class runs sessions: `MOJITO_HUB_BACKEND` = local | docker | kubernetes."""

from __future__ import annotations


def spawner_class(backend: str) -> type:
    if backend == "local":
        from .local_spawner import LocalSandboxSpawner

        return LocalSandboxSpawner
    if backend == "docker":
        from .docker_spawner import MojitoDockerSpawner

        return MojitoDockerSpawner
    if backend in ("kubernetes", "k8s"):
        from .kube_spawner import MojitoKubeSpawner

        return MojitoKubeSpawner
    raise ValueError(f"MOJITO_HUB_BACKEND must be local, docker or kubernetes, not {backend!r}")
