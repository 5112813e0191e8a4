"""Docker and Kubernetes backends, tested without an engine: rendered configuration and limits.

No Docker engine and no Kubernetes cluster run here, so what is checked is what the spawners
would send: the container HostConfig (through docker-py's own builder) and the pod manifest
(through KubeSpawner's own make_pod), plus the deployment files.
"""

from __future__ import annotations

from pathlib import Path

import docker
import pytest
import yaml
from kubespawner.objects import make_pod
from mojito.hub import config as hub_config
from mojito.hub import settings
from mojito.hub.backends import spawner_class
from mojito.hub.docker_spawner import MojitoDockerSpawner, docker_host_config
from mojito.hub.kube_spawner import MojitoKubeSpawner, kube_overrides
from mojito.hub.pools import SessionResources, kube_profile_list, load_pools
from traitlets.config import Config

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(60)
FREE = {"memory_mb": 2048, "cpu_share": 1.0, "disk_mb": 1024, "gpus": 0}
PRO_GPU = {"memory_mb": 8192, "cpu_share": 2.0, "disk_mb": 10240, "gpus": 1}


def resources(limits, pool):
    return SessionResources.from_limits(limits, load_pools()[pool], default_memory_mb=2048,
                                        default_cpu=1.0, pids=256)


def test_backend_is_chosen_by_configuration():
    assert spawner_class("docker") is MojitoDockerSpawner
    assert spawner_class("kubernetes") is MojitoKubeSpawner
    assert spawner_class("local").__name__ == "LocalSandboxSpawner"
    with pytest.raises(ValueError):
        spawner_class("vagrant")


def test_docker_host_config_carries_every_limit():
    host = docker.APIClient(version="1.45").create_host_config(
        mem_limit=2048 << 20, cpu_period=100000, cpu_quota=100000, **docker_host_config(resources(FREE, "cpu")))
    assert host["Memory"] == host["MemorySwap"] == 2048 << 20  # no swap beyond the limit
    assert host["CpuQuota"] == 100000 and host["CpuPeriod"] == 100000
    assert host["PidsLimit"] == 256
    assert host["ReadonlyRootfs"] is True
    assert host["Tmpfs"] == {"/tmp": "rw,nosuid,nodev,size=256m"}
    assert host["CapDrop"] == ["ALL"] and host["SecurityOpt"] == ["no-new-privileges"]
    assert "DeviceRequests" not in host


def test_docker_gpu_sessions_request_the_gpus():
    host = docker.APIClient(version="1.45").create_host_config(**docker_host_config(resources(PRO_GPU, "gpu")))
    assert host["DeviceRequests"][0]["Count"] == 1
    assert host["DeviceRequests"][0]["Capabilities"] == [["gpu"]]


def test_docker_spawner_defaults_a_volume_per_user_and_the_internal_network():
    sp = MojitoDockerSpawner(config=Config())
    assert sp.volumes == {"mojito-user-{username}": "/home/jovyan/work"}
    assert sp.image == "mojito/notebook:latest"
    assert sp.network_name == "mojito-sessions"
    sp.apply_limits(PRO_GPU)
    assert sp.mem_limit == 8192 << 20 and sp.cpu_limit == 2.0
    assert sp.extra_host_config["pids_limit"] == 256


@pytest.mark.parametrize("pool,limits", [("cpu", FREE), ("gpu", PRO_GPU)])
def test_kubernetes_pod_has_the_pools_placement_and_the_plans_limits(pool, limits):
    values = kube_overrides(load_pools()[pool], resources(limits, pool))
    pod = make_pod(name="jupyter-ada", cmd=["jupyterhub-singleuser"], port=8888, image="mojito/notebook:latest",
                   volumes=[{"name": "home", "persistentVolumeClaim": {"claimName": "mojito-home-ada"}}],
                   volume_mounts=[{"name": "home", "mountPath": "/home/jovyan/work"}], **values)
    container = pod.spec.containers[0]
    assert int(container.resources.limits["memory"]) == limits["memory_mb"] << 20
    assert float(container.resources.limits["cpu"]) == limits["cpu_share"]
    assert pod.spec.node_selector == {"mojito.dev/pool": pool}
    assert pod.spec.volumes[0].persistent_volume_claim["claimName"] == "mojito-home-ada"
    assert container.resources.limits["ephemeral-storage"] == str(limits["disk_mb"] << 20)
    if pool == "gpu":
        assert container.resources.limits["nvidia.com/gpu"] == "1"
        assert pod.spec.tolerations[0].key == "nvidia.com/gpu"
    else:
        assert "nvidia.com/gpu" not in container.resources.limits
        assert not pod.spec.tolerations


KUBECONFIG = """apiVersion: v1
kind: Config
clusters: [{name: nowhere, cluster: {server: "https://127.0.0.1:1"}}]
users: [{name: nobody, user: {token: none}}]
contexts: [{name: nowhere, context: {cluster: nowhere, user: nobody}}]
current-context: nowhere
"""


def test_kubernetes_spawner_profiles_and_pvc_per_user(monkeypatch, tmp_path):
    # A kubeconfig for a cluster that does not exist: the spawner reads it but contacts nothing here.
    (tmp_path / "kubeconfig").write_text(KUBECONFIG)
    from kubernetes_asyncio.config import kube_config

    # The client reads $KUBECONFIG when imported; point its default at our file instead.
    monkeypatch.setattr(kube_config, "KUBE_CONFIG_DEFAULT_LOCATION", str(tmp_path / "kubeconfig"))
    import asyncio

    async def make():  # the spawner builds its API client on the running loop
        return MojitoKubeSpawner(config=Config(), _mock=True)

    sp = asyncio.run(make())
    assert [p["slug"] for p in sp.profile_list] == ["cpu", "gpu"]
    assert sp.storage_pvc_ensure is True
    assert sp.pvc_name_template == "mojito-home-{user_server}"


def test_helm_values_carry_the_generated_profiles():
    values = yaml.safe_load((REPO / "deploy" / "kubernetes" / "values.yaml").read_text())
    assert values["singleuser"]["profileList"] == kube_profile_list(load_pools())
    assert values["hub"]["extraEnv"]["MOJITO_HUB_BACKEND"] == "kubernetes"
    assert "configure_for_z2jh" in values["hub"]["extraConfig"]["mojito"]


def test_kubernetes_manifests_and_compose_file_parse_and_isolate_sessions():
    manifests = list(yaml.safe_load_all((REPO / "deploy" / "kubernetes" / "web.yaml").read_text()))
    kinds = {m["kind"] for m in manifests}
    assert {"Deployment", "StatefulSet", "Service", "Ingress"} <= kinds
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    assert compose["networks"]["sessions"]["internal"] is True
    assert set(compose["services"]) == {"redis", "postgres", "web", "hub"}
    assert compose["services"]["hub"]["environment"]["MOJITO_HUB_BACKEND"] == "docker"


def test_container_backends_listen_on_tcp_for_their_sessions(monkeypatch, tmp_path):
    monkeypatch.setenv("MOJITO_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("MOJITO_RUNTIME_DIR", str(tmp_path / "run"))
    monkeypatch.setenv("MOJITO_HUB_BACKEND", "docker")
    monkeypatch.setenv("MOJITO_HUB_CONNECT_URL", "http://hub:8081")
    c = Config()
    hub_config.configure(c, hub_config.prepare_dirs(settings.load()))
    assert c.JupyterHub.spawner_class is MojitoDockerSpawner
    assert c.JupyterHub.hub_bind_url == "http://0.0.0.0:8081"
    assert c.JupyterHub.hub_connect_url == "http://hub:8081"
    assert c.Proxy.extra_routes["/user/"] == "http://hub:8081"
