"""The bubblewrap sandbox of the local backend: what a session can see, write and reach.

Inside the sandbox a session sees a read-only system (/usr, /etc, the Python installation and the
project), a private /tmp, its own workspace as the only writable persistent place, and a private
network namespace whose only interface is its own loopback: nothing on the host (Redis, web/, the
outside world) is reachable. The single-user server listens on a unix socket in a per-user runtime
directory, and reaches the hub through the hub's unix socket; both are bound at the same absolute
paths inside and outside, so URLs need no translation.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from . import seccomp

SECCOMP_FD = seccomp.FD  # bubblewrap reads the filter from this descriptor

# Top-level system paths a Python program needs; each is bound read-only when present
# (or recreated as the same symlink, e.g. /bin -> usr/bin on merged-/usr systems).
SYSTEM_PATHS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc", "/opt")


@dataclass
class SandboxSpec:
    uid: int
    gid: int
    workspace: Path  # host path, bound read-write
    home: str  # path of the workspace inside the sandbox
    runtime_dir: Path  # host path of the user's socket directory, bound at the same path (the spawner
    # makes it root's, read-only for the session, once the server's socket answers)
    hub_socket: Path | None  # bound read-only at the same path
    readonly_paths: list[Path] = field(default_factory=list)  # Python, venv, project
    hidden_paths: list[Path] = field(default_factory=list)  # masked by an empty tmpfs
    tmp_size_bytes: int = 256 * 1024 * 1024
    hostname: str = "mojito"
    seccomp_file: Path | None = None  # the BPF program of hub/seccomp.py, loaded by bwrap --seccomp
    readonly_files: dict[str, Path] = field(default_factory=dict)  # path inside -> host file


def bwrap_path() -> str | None:
    return shutil.which("bwrap")


def python_paths() -> list[Path]:
    """What the single-user server's Python needs: the interpreter installation and the venv."""
    paths = {Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve()}
    exe = Path(sys.executable).resolve()
    paths.add(exe.parent.parent)
    return sorted(paths)


def _dedupe(paths: list[Path]) -> list[Path]:
    """Drop paths already covered by a parent in the list (binding both is redundant)."""
    result: list[Path] = []
    for p in sorted({q.resolve() for q in paths}, key=lambda q: len(q.parts)):
        if not any(p == r or r in p.parents for r in result):
            result.append(p)
    return result


def bwrap_args(spec: SandboxSpec, privileged: bool) -> list[str]:
    args = [
        # The sandbox dies with its launcher (launcher_command), which the spawner stops; the
        # launcher is not the hub's child in any way that a crashed hub would take it along.
        "--die-with-parent",
        "--new-session",  # no TIOCSTI injection into the hub's terminal
        # Private pid, ipc, uts, cgroup and *network* namespaces: only the sandbox's own loopback.
        "--unshare-pid", "--unshare-ipc", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try",
        "--hostname", spec.hostname,
    ]
    if spec.seccomp_file is not None:
        args += seccomp.bwrap_option()  # opened by the launcher's shell (launcher_command)
    if not privileged:
        # Without root, bubblewrap needs a user namespace; the session keeps the hub's uid.
        args += ["--unshare-user", "--uid", str(spec.uid), "--gid", str(spec.gid), "--cap-drop", "ALL"]
    for top in SYSTEM_PATHS:
        p = Path(top)
        if p.is_symlink():
            args += ["--symlink", os.readlink(p), top]
        elif p.exists():
            args += ["--ro-bind", top, top]
    # The private /tmp and /run first: a project checkout or venv that itself lives under /tmp (as
    # in a CI clone) is bound on top of them below, instead of being hidden by them.
    args += [
        "--proc", "/proc",
        "--dev", "/dev",
        "--perms", "1777", "--size", str(spec.tmp_size_bytes), "--tmpfs", "/tmp",
        "--tmpfs", "/run",
    ]
    made: set[Path] = set()

    def parents(dest: str | Path) -> list[str]:
        # bubblewrap creates missing parents of a bind as 0700 root (or copies the source's
        # modes): the session uid could not walk through them. Create them 0755 first.
        out: list[str] = []
        for parent in reversed(Path(dest).parents[:-1]):
            if parent not in made and str(parent) not in SYSTEM_PATHS:
                made.add(parent)
                out += ["--perms", "0755", "--dir", str(parent)]
        return out

    for p in _dedupe(spec.readonly_paths):
        if not any(p == Path(s) or Path(s) in p.parents for s in SYSTEM_PATHS if not Path(s).is_symlink()):
            args += [*parents(p), "--ro-bind", str(p), str(p)]
    # Secrets and other users' data inside a bound tree (e.g. the data directory inside the project
    # checkout) are masked by an empty directory.
    for p in spec.hidden_paths:
        args += ["--tmpfs", str(p.resolve())]
    args += [*parents(spec.home), "--bind", str(spec.workspace), spec.home]
    args += [*parents(spec.runtime_dir), "--bind", str(spec.runtime_dir), str(spec.runtime_dir)]
    if spec.hub_socket is not None:
        # Its directory, so that a restarted hub's new socket is reached too (settings.hub_socket).
        hub_dir = spec.hub_socket.parent
        args += [*parents(hub_dir), "--ro-bind", str(hub_dir), str(hub_dir)]
    for inside, host_file in spec.readonly_files.items():
        args += [*parents(inside), "--ro-bind", str(host_file), inside]
    args += [
        "--chdir", spec.home,
        "--setenv", "HOME", spec.home,
        "--setenv", "TMPDIR", "/tmp",
        # ipykernel exits when the pid in JPY_PARENT_PID is gone; that pid is the hub's, in
        # another pid namespace, so it must not leak in.
        "--unsetenv", "JPY_PARENT_PID",
    ]
    return args


def launcher_command(
    spec: SandboxSpec, cgroup_procs: list[str], command: list[str], bwrap: str = "bwrap",
    log_max_bytes: int | None = None,
) -> list[str]:
    """The full command line: join the session's cgroups, build the sandbox, drop to the session uid.

    As root (the normal case) this works like a container runtime: the shell joins the cgroups
    before anything else runs (so no process of the session is ever outside its limits), bubblewrap
    builds the namespaces with root's rights (it can bind the Python installation even under a 0700
    /root, which the session uid could not walk to), and `setpriv`, the first program inside,
    drops to the unprivileged uid with no capabilities and no way to regain any. The session runs
    in the host user namespace as a uid that owns nothing but its workspace.
    """
    privileged = os.geteuid() == 0
    join = "".join(f'echo $$ > "{p}" || exit 125; ' for p in cgroup_procs)
    if spec.seccomp_file is not None:
        join += seccomp.shell_open(spec.seccomp_file)
    drop = [
        "setpriv", f"--reuid={spec.uid}", f"--regid={spec.gid}", "--clear-groups",
        "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--",
    ] if privileged else []
    if log_max_bytes is None:
        shell, script = "/bin/sh", join + 'exec "$@"'
    else:
        # The session's output goes to the launcher's own stdout (the spawner gives it a log
        # file), at most log_max_bytes of it (then read and dropped, so the server never blocks):
        # no pipe to the hub, so the session outlives a crashed hub, which adopts it on restart.
        # The launcher stays the sandbox's parent (--die-with-parent) and exits with its status.
        shell = "/bin/bash"
        script = join + (f'"$@" 2>&1 | {{ head -c {int(log_max_bytes)}; exec cat > /dev/null; }}; '
                         'exit "${PIPESTATUS[0]}"')
    return [
        shell, "-c", script, "mojito-sandbox",
        bwrap, *bwrap_args(spec, privileged), "--", *drop, *command,
    ]
