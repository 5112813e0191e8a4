"""The sandbox's seccomp filter: a classic-BPF program, written here by hand (no libseccomp needed),
loaded by bubblewrap (`--seccomp FD`) right before the session's first program runs.

Like Docker's default profile it allows everything except what a notebook never needs and what
attacks on the kernel or escapes from a sandbox start with: new namespaces (`unshare`, `setns`,
`clone` with a CLONE_NEW* flag; `clone3` answers ENOSYS so that the C library falls back to
`clone`, whose flags a classic filter can see), mounts (old and new mount API), `ptrace` and
cross-process memory and file-descriptor access (`pidfd_getfd`, `process_madvise`: any process
of the session could take the descriptors of a dumpable process of the same uid; the single-user
server is non-dumpable (hub/singleuser.py), this holds whatever the target), kernel keyrings, `bpf`, `perf_event_open`, `userfaultfd`, io_uring,
kernel modules, kexec, reboot, swap, clocks, quotas, file handles (`open_by_handle_at`), `acct`,
`syslog`, raw I/O ports. A refused call fails with EPERM, as if the session lacked the privilege
(it does), so programs report a clean error. Calls through a foreign ABI (i386 `int 0x80` or x32
on x86-64) fail with ENOSYS.
"""

from __future__ import annotations

import errno
import os
import platform
import struct
from pathlib import Path

# Refused on every architecture; names missing from an architecture's table are skipped.
DENIED = (
    "acct", "add_key", "bpf", "clock_adjtime", "clock_settime", "create_module", "delete_module",
    "finit_module", "fsconfig", "fsmount", "fsopen", "fspick", "get_kernel_syms", "init_module",
    "io_uring_enter", "io_uring_register", "io_uring_setup", "ioperm", "iopl", "kcmp",
    "kexec_file_load", "kexec_load", "keyctl", "lookup_dcookie", "mount", "mount_setattr",
    "move_mount", "name_to_handle_at", "nfsservctl", "open_by_handle_at", "open_tree",
    "perf_event_open", "pidfd_getfd", "pivot_root", "process_madvise", "process_vm_readv",
    "process_vm_writev", "ptrace",
    "query_module", "quotactl", "quotactl_fd", "reboot", "request_key", "setns", "settimeofday",
    "swapoff", "swapon", "syslog", "sysfs", "umount2", "unshare", "uselib", "userfaultfd", "ustat",
    "vhangup", "_sysctl",
)

# From the kernel's syscall tables (asm/unistd_64.h on x86-64, asm-generic/unistd.h on arm64).
SYSCALLS: dict[str, dict[str, int]] = {
    "x86_64": {
        "ptrace": 101, "syslog": 103, "uselib": 134, "ustat": 136, "sysfs": 139, "_sysctl": 156,
        "acct": 163, "settimeofday": 164, "mount": 165, "umount2": 166, "swapon": 167,
        "swapoff": 168, "reboot": 169, "iopl": 172, "ioperm": 173, "create_module": 174,
        "init_module": 175, "delete_module": 176, "get_kernel_syms": 177, "query_module": 178,
        "quotactl": 179, "nfsservctl": 180, "lookup_dcookie": 212, "clock_settime": 227,
        "vhangup": 153, "pivot_root": 155, "kexec_load": 246, "add_key": 248, "request_key": 249,
        "keyctl": 250, "unshare": 272, "perf_event_open": 298, "name_to_handle_at": 303,
        "open_by_handle_at": 304, "clock_adjtime": 305, "setns": 308, "process_vm_readv": 310,
        "process_vm_writev": 311, "kcmp": 312, "finit_module": 313, "kexec_file_load": 320,
        "bpf": 321, "userfaultfd": 323, "io_uring_setup": 425, "io_uring_enter": 426,
        "io_uring_register": 427, "open_tree": 428, "move_mount": 429, "fsopen": 430,
        "fsconfig": 431, "fsmount": 432, "fspick": 433, "mount_setattr": 442, "quotactl_fd": 443,
        "pidfd_getfd": 438, "process_madvise": 440, "clone": 56, "clone3": 435,
    },
    "aarch64": {
        "ptrace": 117, "syslog": 116, "acct": 89, "settimeofday": 170, "mount": 40, "umount2": 39,
        "swapon": 224, "swapoff": 225, "reboot": 142, "init_module": 105, "delete_module": 106,
        "quotactl": 60, "nfsservctl": 42, "lookup_dcookie": 18, "clock_settime": 112,
        "vhangup": 58, "pivot_root": 41, "kexec_load": 104, "add_key": 217, "request_key": 218,
        "keyctl": 219, "unshare": 97, "perf_event_open": 241, "name_to_handle_at": 264,
        "open_by_handle_at": 265, "clock_adjtime": 266, "setns": 268, "process_vm_readv": 270,
        "process_vm_writev": 271, "kcmp": 272, "finit_module": 273, "kexec_file_load": 294,
        "bpf": 280, "userfaultfd": 282, "io_uring_setup": 425, "io_uring_enter": 426,
        "io_uring_register": 427, "open_tree": 428, "move_mount": 429, "fsopen": 430,
        "fsconfig": 431, "fsmount": 432, "fspick": 433, "mount_setattr": 442, "quotactl_fd": 443,
        "pidfd_getfd": 438, "process_madvise": 440, "clone": 220, "clone3": 435,
    },
}
AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
X32_SYSCALL_BIT = 0x40000000

# clone() flags that create namespaces (CLONE_NEWTIME, 0x80, is not a clone() flag: there the low
# byte is the exit signal).
CLONE_NEW_FLAGS = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000

# Classic BPF opcodes and seccomp return values.
_LD_W_ABS = 0x20
_JEQ_K = 0x15
_JGE_K = 0x35
_JSET_K = 0x45
_RET_K = 0x06
RET_ALLOW = 0x7FFF0000
RET_ERRNO = 0x00050000
_OFF_NR, _OFF_ARCH, _OFF_ARG0_LOW = 0, 4, 16  # struct seccomp_data, little-endian


class UnsupportedArch(RuntimeError):
    pass


def machine() -> str:
    m = platform.machine().lower()
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(m, m)


def build(arch: str | None = None) -> bytes:
    """The filter program for `arch` (default: this machine), as bwrap reads it from its fd."""
    arch = arch or machine()
    if arch not in SYSCALLS:
        raise UnsupportedArch(f"no seccomp syscall table for {arch}")
    table = SYSCALLS[arch]
    denied = sorted({table[n] for n in DENIED if n in table})
    # Symbolic program: (op, k, jt_label, jf_label); labels are resolved to relative jumps below.
    prog: list[tuple[int, int, str | None, str | None]] = [
        (_LD_W_ABS, _OFF_ARCH, None, None),
        (_JEQ_K, AUDIT_ARCH[arch], "native", "nosys"),
    ]
    labels: dict[str, int] = {}

    def mark(name: str) -> None:
        labels[name] = len(prog)

    mark("native")
    prog.append((_LD_W_ABS, _OFF_NR, None, None))
    if arch == "x86_64":
        prog.append((_JGE_K, X32_SYSCALL_BIT, "nosys", None))
    for nr in denied:
        prog.append((_JEQ_K, nr, "deny", None))
    prog.append((_JEQ_K, table["clone3"], "nosys", None))
    prog.append((_JEQ_K, table["clone"], None, "allow"))
    prog.append((_LD_W_ABS, _OFF_ARG0_LOW, None, None))
    prog.append((_JSET_K, CLONE_NEW_FLAGS, "deny", "allow"))
    mark("allow")
    prog.append((_RET_K, RET_ALLOW, None, None))
    mark("deny")
    prog.append((_RET_K, RET_ERRNO | errno.EPERM, None, None))
    mark("nosys")
    prog.append((_RET_K, RET_ERRNO | errno.ENOSYS, None, None))

    out = bytearray()
    for i, (op, k, jt, jf) in enumerate(prog):
        rel = [0 if target is None else labels[target] - (i + 1) for target in (jt, jf)]
        if not all(0 <= r <= 255 for r in rel):
            raise ValueError("seccomp program too long for a classic BPF jump")
        out += struct.pack("=HBBI", op, rel[0], rel[1], k)
    return bytes(out)


FD = 3  # the descriptor bubblewrap reads the filter from (`--seccomp 3`)


def bwrap_option() -> list[str]:
    """bubblewrap's option that loads the filter opened by `shell_open` (every sandbox of Mojito:
    the notebook sessions of hub/sandbox.py and the try-it runs of web/services/tryit.py)."""
    return ["--seccomp", str(FD)]


def shell_open(path: Path) -> str:
    """The `sh -c` step, before `exec bwrap`, that opens the filter file on FD."""
    return f'exec {FD}< "{path}" || exit 125; '


def write(path: Path) -> Path:
    """Write the filter for this machine to `path` (root's, world-readable; replaced atomically)."""
    data = build()
    if path.exists() and path.read_bytes() == data:
        return path
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.chmod(tmp, 0o644)
    tmp.replace(path)
    return path
