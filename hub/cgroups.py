"""Per-session cgroups: memory, CPU share and process-count limits on cgroup v2 or v1.

The hub (root) creates one cgroup per session, the sandbox launcher joins it *before* it drops
privileges and execs bubblewrap, so every process of the session is limited from its first
instruction. Whatever the host cannot limit is reported in `CgroupHost.problems`, and the spawner
logs those loudly at start-up instead of silently running without the limit.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path

CGROUP_ROOT = Path("/sys/fs/cgroup")
# One directory under each hierarchy holds every Mojito session; its name is per-hub so that
# several hubs (or test runs) on one machine never touch each other's sessions.
DEFAULT_PARENT = "mojito"
CPU_PERIOD_US = 100_000


@dataclass(frozen=True)
class Limits:
    memory_bytes: int | None = None
    cpu_share: float | None = None  # in CPUs: 0.5 = half of one core
    pids_max: int | None = None


@dataclass
class CgroupHost:
    """What this host offers: cgroup version and the directory of each usable controller."""

    version: int | None  # 2, 1 or None (no usable cgroups)
    controllers: dict[str, Path] = field(default_factory=dict)  # controller -> parent dir for sessions
    problems: list[str] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        return bool(self.controllers)


def _v2_mount() -> Path | None:
    for line in Path("/proc/self/mounts").read_text().splitlines():
        parts = line.split()
        if len(parts) > 2 and parts[2] == "cgroup2":
            return Path(parts[1])
    return None


def _v1_mounts() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for line in Path("/proc/self/mounts").read_text().splitlines():
        parts = line.split()
        if len(parts) > 3 and parts[2] == "cgroup":
            for opt in parts[3].split(","):
                if opt in ("memory", "cpu", "cpuacct", "pids", "freezer"):
                    found[opt] = Path(parts[1])
    return found


def detect(parent: str = DEFAULT_PARENT) -> CgroupHost:
    """Find writable cgroup controllers for memory, cpu and pids and prepare the parent cgroup."""
    if os.geteuid() != 0:
        return CgroupHost(None, problems=["cgroup limits need the hub to run as root (it does not)"])
    v1 = _v1_mounts()
    v2 = _v2_mount()
    # A v2 mount that carries the controllers wins (pure v2 or hybrid with them moved to v2).
    if v2 is not None:
        available = set((v2 / "cgroup.controllers").read_text().split())
        wanted = {"memory", "cpu", "pids"} & available
        if wanted and not (wanted & set(v1)):
            return _prepare_v2(v2, parent, wanted)
    if v1:
        return _prepare_v1(v1, parent)
    return CgroupHost(None, problems=["no cgroup filesystem is mounted"])


def _prepare_v2(root: Path, parent: str, wanted: set[str]) -> CgroupHost:
    host = CgroupHost(2)
    base = root / parent
    try:
        # The root cgroup may hold processes and still delegate controllers; our parent cgroup
        # holds none, so it may enable them for the session cgroups below it.
        _enable_v2(root, wanted)
        base.mkdir(exist_ok=True)
        _enable_v2(base, wanted)
    except OSError as exc:
        return CgroupHost(None, problems=[f"cannot prepare cgroup v2 at {base}: {exc}"])
    enabled = set((base / "cgroup.subtree_control").read_text().split())
    for ctrl in ("memory", "cpu", "pids"):
        if ctrl in enabled:
            host.controllers[ctrl] = base
        else:
            host.problems.append(f"cgroup v2 controller '{ctrl}' is not available: no {ctrl} limit")
    return host


def _enable_v2(path: Path, controllers: set[str]) -> None:
    current = set((path / "cgroup.subtree_control").read_text().split())
    for ctrl in sorted(controllers - current):
        with contextlib.suppress(OSError):
            (path / "cgroup.subtree_control").write_text(f"+{ctrl}")


def _prepare_v1(mounts: dict[str, Path], parent: str) -> CgroupHost:
    host = CgroupHost(1)
    # freezer (kill_all) and cpuacct (CPU seconds, shown on the dashboard) limit nothing: optional.
    for ctrl in ("memory", "cpu", "pids", "freezer", "cpuacct"):
        if ctrl not in mounts:
            if ctrl not in ("freezer", "cpuacct"):
                host.problems.append(f"cgroup v1 controller '{ctrl}' is not mounted: no {ctrl} limit")
            continue
        base = mounts[ctrl] / parent
        try:
            base.mkdir(exist_ok=True)
        except OSError as exc:
            host.problems.append(f"cannot create {base}: {exc}: no {ctrl} limit")
            continue
        host.controllers[ctrl] = base
    return host


class SessionCgroup:
    """The cgroup(s) of one session: created with limits, joined by the launcher, destroyed at stop."""

    def __init__(self, host: CgroupHost, name: str):
        self.host = host
        self.name = name

    @property
    def dirs(self) -> list[Path]:
        return sorted({base / self.name for base in self.host.controllers.values()})

    def _dir(self, controller: str) -> Path | None:
        base = self.host.controllers.get(controller)
        return None if base is None else base / self.name

    def create(self, limits: Limits) -> None:
        for d in self.dirs:
            d.mkdir(exist_ok=True)
        if self.host.version == 2:
            self._apply_v2(limits)
        elif self.host.version == 1:
            self._apply_v1(limits)

    def _apply_v2(self, limits: Limits) -> None:
        d = self._dir("memory")
        if d and limits.memory_bytes:
            (d / "memory.max").write_text(str(limits.memory_bytes))
            with contextlib.suppress(OSError):
                (d / "memory.swap.max").write_text("0")
        d = self._dir("cpu")
        if d and limits.cpu_share:
            (d / "cpu.max").write_text(f"{int(limits.cpu_share * CPU_PERIOD_US)} {CPU_PERIOD_US}")
        d = self._dir("pids")
        if d and limits.pids_max:
            (d / "pids.max").write_text(str(limits.pids_max))

    def _apply_v1(self, limits: Limits) -> None:
        d = self._dir("memory")
        if d and limits.memory_bytes:
            (d / "memory.limit_in_bytes").write_text(str(limits.memory_bytes))
            # Without this, a session could page out to swap instead of being held at its limit.
            with contextlib.suppress(OSError):
                (d / "memory.memsw.limit_in_bytes").write_text(str(limits.memory_bytes))
        d = self._dir("cpu")
        if d and limits.cpu_share:
            (d / "cpu.cfs_period_us").write_text(str(CPU_PERIOD_US))
            (d / "cpu.cfs_quota_us").write_text(str(int(limits.cpu_share * CPU_PERIOD_US)))
        d = self._dir("pids")
        if d and limits.pids_max:
            (d / "pids.max").write_text(str(limits.pids_max))

    def procs_files(self) -> list[str]:
        """The `cgroup.procs` files a process writes its pid into to join this session."""
        return [str(d / "cgroup.procs") for d in self.dirs]

    def pids(self) -> set[int]:
        found: set[int] = set()
        for d in self.dirs:
            with contextlib.suppress(OSError):
                found.update(int(p) for p in (d / "cgroup.procs").read_text().split())
        return found

    def memory_events_file(self) -> Path | None:
        """The file with this session's `oom_kill` counter (v2 memory.events, v1 memory.oom_control)."""
        d = self._dir("memory")
        if d is None:
            return None
        return d / ("memory.events" if self.host.version == 2 else "memory.oom_control")

    def oom_kills(self) -> int:
        """How many processes of this session the kernel killed for exceeding the memory limit."""
        source = self.memory_events_file()
        if source is None:
            return 0
        with contextlib.suppress(OSError):
            for line in source.read_text().splitlines():
                key, _, value = line.partition(" ")
                if key == "oom_kill":
                    return int(value)
        return 0

    def cpu_seconds(self) -> float | None:
        """CPU time used by every process of the session so far (v2 cpu.stat, v1 cpuacct.usage)."""
        try:
            if self.host.version == 2 and self.dirs:
                for line in (self.dirs[0] / "cpu.stat").read_text().splitlines():
                    key, _, value = line.partition(" ")
                    if key == "usage_usec":
                        return int(value) / 1e6
            elif self.host.version == 1:
                d = self._dir("cpuacct")
                if d is not None:
                    return int((d / "cpuacct.usage").read_text()) / 1e9
        except (OSError, ValueError):
            pass
        return None

    def memory_peak(self) -> int:
        d = self._dir("memory")
        name = "memory.peak" if self.host.version == 2 else "memory.max_usage_in_bytes"
        with contextlib.suppress(OSError, ValueError):
            return int((d / name).read_text()) if d else 0
        return 0

    def kill_all(self, timeout: float = 5.0) -> None:
        """SIGKILL every process of the session, including ones forking as fast as they can."""
        if self.host.version == 2 and self.dirs:
            with contextlib.suppress(OSError):
                (self.dirs[0] / "cgroup.kill").write_text("1")
        freezer = self._dir("freezer")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pids = self.pids()
            if not pids:
                return
            # Freezing first stops a fork bomb from replacing killed processes faster than we kill.
            if freezer is not None:
                with contextlib.suppress(OSError):
                    (freezer / "freezer.state").write_text("FROZEN")
            for pid in pids:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
            if freezer is not None:
                with contextlib.suppress(OSError):
                    (freezer / "freezer.state").write_text("THAWED")
            time.sleep(0.02)

    def destroy(self) -> None:
        self.kill_all()
        for d in self.dirs:
            for _ in range(50):
                try:
                    d.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    # The kernel removes killed tasks from the cgroup asynchronously.
                    time.sleep(0.02)


def leftover_sessions(host: CgroupHost) -> set[str]:
    """Session cgroups that exist under our parent: after a hub crash these are cleaned up."""
    names: set[str] = set()
    for base in host.controllers.values():
        with contextlib.suppress(OSError):
            names.update(p.name for p in base.iterdir() if p.is_dir())
    return names
