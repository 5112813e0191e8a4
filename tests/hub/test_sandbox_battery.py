"""Hostile code in the local sandbox: every limit holds, each test bounded in time."""

from __future__ import annotations

import os
import socket
import threading

import pytest

pytestmark = pytest.mark.timeout(60)


def test_fork_bomb_hits_the_process_limit(lab):
    run = lab.run(
        "import os, time\n"
        "n = 0\n"
        "try:\n"
        "    while True:\n"
        "        if os.fork() == 0:\n"
        "            time.sleep(30); os._exit(0)\n"
        "        n += 1\n"
        "except OSError as e:\n"
        "    print('stopped after', n, 'forks:', e.strerror)\n",
        pids=32, timeout=20,
    )
    assert "stopped after" in run.stdout, run.stderr
    assert int(run.stdout.split()[2]) < 32
    assert "Resource temporarily unavailable" in run.stdout
    assert run.seconds < 20  # the sandbox ended with its children (no leftover processes)


def test_memory_bomb_is_killed_at_the_limit_and_reported(lab):
    run = lab.run(
        "chunks = []\n"
        "while True:\n"
        "    chunks.append(bytearray(16 << 20))\n"
        "    print(len(chunks) * 16, 'MiB', flush=True)\n",
        memory_mb=128, timeout=30,
    )
    assert run.returncode != 0
    reached = [int(line.split()[0]) for line in run.stdout.split("\n") if line.endswith("MiB")]
    assert reached and max(reached) <= 160, reached  # killed near 128 MiB, not later
    assert run.oom_kills >= 1  # what the hub reports to the user and the log


def test_memory_in_private_tmp_counts_against_the_limit(lab):
    run = lab.run(
        "import os\n"
        "with open('/tmp/fill', 'wb') as f:\n"
        "    for i in range(64):\n"
        "        f.write(b'x' * (8 << 20)); f.flush(); print(i, flush=True)\n",
        memory_mb=128, timeout=30,
    )
    assert run.returncode != 0, run.stdout[-200:]


def test_cpu_spin_stays_within_its_share(lab):
    # Two busy processes for 3 s of wall time under a half-CPU quota: at most ~1.5 s of CPU.
    run = lab.run(
        "import os, time, resource\n"
        "def spin(seconds):\n"
        "    end = time.time() + seconds\n"
        "    while time.time() < end: pass\n"
        "pid = os.fork()\n"
        "spin(3)\n"
        "if pid == 0: os._exit(0)\n"
        "os.waitpid(pid, 0)\n"
        "me = resource.getrusage(resource.RUSAGE_SELF); kids = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime)\n",
        cpu=0.5, timeout=30,
    )
    cpu_seconds = float(run.stdout.strip())
    assert cpu_seconds < 0.5 * 3 * 1.25, cpu_seconds


def test_writes_outside_the_workspace_fail_and_inside_persist(lab, tmp_path):
    run = lab.run(
        "import os\n"
        "for path in ['/usr/evil', '/etc/evil', '/evil', '" + str(lab.root) + "/evil', '"
        + os.path.dirname(os.path.dirname(__file__)) + "/evil', '/home/evil']:\n"
        "    try:\n"
        "        open(path, 'w').write('x'); print('WROTE', path)\n"
        "    except OSError as e:\n"
        "        print('refused', path, e.errno)\n"
        "open('/tmp/scratch', 'w').write('private tmp')\n"
        "open(os.path.expanduser('~/kept.txt'), 'w').write('mine')\n"
        "print('home', os.path.expanduser('~'))\n",
    )
    assert "WROTE" not in run.stdout, run.stdout
    assert run.stdout.count("refused") == 6, run.stdout + run.stderr
    assert (lab.users / "ada" / "kept.txt").exists(), run.stdout + run.stderr
    assert (lab.users / "ada" / "kept.txt").read_text() == "mine"
    assert not os.path.exists("/tmp/scratch")  # /tmp is private to the session


def test_another_users_workspace_is_out_of_reach(lab):
    lab.workspace("bob", 260002)
    (lab.users / "bob" / "secret.txt").write_text("bob's secret")
    os.chown(lab.users / "bob" / "secret.txt", 260002, 260002)
    run = lab.run(
        "import os, glob\n"
        "found = [p for top in ('/home', '/run', '/tmp', '/work', '/root', '/var', '/srv', '/mnt')\n"
        "         for p in glob.glob(top + '/**/secret.txt', recursive=True)]\n"
        "print('found', found)\n"
        "for p in ['" + str(lab.users / "bob" / "secret.txt") + "', '/home/bob/secret.txt', '/proc/1/root/home/bob/secret.txt']:\n"
        "    try:\n"
        "        print('READ', open(p).read())\n"
        "    except OSError as e:\n"
        "        print('refused', e.errno)\n",
    )
    assert "bob's secret" not in run.stdout
    assert "found []" in run.stdout
    assert run.stdout.count("refused") == 3


@pytest.fixture
def listener():
    """A TCP service on the host's loopback, like Redis or web/ (it must stay unreachable)."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    accepted: list[bool] = []

    def accept():
        try:
            conn, _ = srv.accept()
            accepted.append(True)
            conn.close()
        except OSError:
            pass

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    yield srv.getsockname()[1], accepted
    srv.close()


def test_no_network_to_the_outside_nor_to_host_services(lab, listener):
    port, accepted = listener
    run = lab.run(
        "import socket\n"
        f"for host, port in [('127.0.0.1', {port}), ('127.0.0.1', 6379), ('127.0.0.1', 8000), ('1.1.1.1', 443), ('pypi.org', 443)]:\n"
        "    try:\n"
        "        socket.create_connection((host, port), timeout=3); print('CONNECTED', host, port)\n"
        "    except OSError as e:\n"
        "        print('refused', host, port)\n"
        "print(sorted(i[1] for i in socket.if_nameindex()))\n",
        timeout=40,
    )
    assert "CONNECTED" not in run.stdout, run.stdout
    assert run.stdout.count("refused") == 5
    assert "['lo']" in run.stdout  # the sandbox's own loopback is its only interface
    assert not accepted


def test_the_session_runs_unprivileged(lab):
    run = lab.run(
        "import os\n"
        "print(os.getuid(), os.geteuid(), os.getgroups())\n"
        "print([l for l in open('/proc/self/status') if l.startswith(('CapEff', 'CapBnd', 'NoNewPrivs'))])\n"
        "try:\n"
        "    os.setuid(0); print('BECAME ROOT')\n"
        "except PermissionError:\n"
        "    print('setuid refused')\n",
    )
    assert run.stdout.startswith("260001 260001 []"), run.stdout + run.stderr
    assert "CapEff:\\t0000000000000000" in run.stdout
    assert "CapBnd:\\t0000000000000000" in run.stdout
    assert "setuid refused" in run.stdout


SECCOMP_PROBES = r"""
import ctypes, errno, os, subprocess, threading
libc = ctypes.CDLL(None, use_errno=True)
def sys_(name, nr, *args):
    r = libc.syscall(nr, *[ctypes.c_long(a) for a in args])
    print(name, "OK" if r >= 0 else errno.errorcode[ctypes.get_errno()])
x86 = os.uname().machine == "x86_64"
N = (dict(unshare=272, setns=308, mount=165, keyctl=250, bpf=321, perf_event_open=298, ptrace=101,
          io_uring_setup=425, userfaultfd=323, clone=56, clone3=435, open_by_handle_at=304)
     if x86 else
     dict(unshare=97, setns=268, mount=40, keyctl=219, bpf=280, perf_event_open=241, ptrace=117,
          io_uring_setup=425, userfaultfd=282, clone=220, clone3=435, open_by_handle_at=265))
r = subprocess.run(["unshare", "-Ur", "id", "-u"], capture_output=True, text=True)
print("unshare -Ur:", r.returncode, r.stdout.strip(), r.stderr.strip())
sys_("unshare", N["unshare"], 0x10000000)
sys_("setns", N["setns"], 0, 0)
sys_("mount", N["mount"], 0, 0, 0, 0, 0)
sys_("keyctl", N["keyctl"], 0, 0, 0, 0, 0)
sys_("bpf", N["bpf"], 0, 0, 0)
sys_("perf_event_open", N["perf_event_open"], 0, 0, -1, -1, 0)
sys_("ptrace", N["ptrace"], 16, 1, 0, 0)  # PTRACE_ATTACH to pid 1
sys_("io_uring_setup", N["io_uring_setup"], 1, 0)
sys_("userfaultfd", N["userfaultfd"], 0)
sys_("open_by_handle_at", N["open_by_handle_at"], 0, 0, 0)
sys_("clone3", N["clone3"], 0, 0)
sys_("clone-newuser", N["clone"], 0x10000000 | 17, 0, 0, 0, 0)
# What programs need keeps working: threads, processes (glibc falls back from clone3 to clone).
t = threading.Thread(target=lambda: None); t.start(); t.join()
print("subprocess", subprocess.run(["echo", "ok"], capture_output=True, text=True).stdout.strip())
"""


def test_seccomp_refuses_namespaces_mounts_keyrings_bpf_perf_and_ptrace(lab):
    run = lab.run(SECCOMP_PROBES, timeout=60)
    out = run.stdout
    assert run.returncode == 0, out + run.stderr
    first = out.splitlines()[0]
    assert first.startswith("unshare -Ur: 1") and "Operation not permitted" in first, out
    for name in ("unshare", "setns", "mount", "keyctl", "bpf", "perf_event_open", "ptrace",
                 "io_uring_setup", "userfaultfd", "open_by_handle_at", "clone-newuser"):
        assert f"\n{name} EPERM" in out, (name, out)
    assert "\nclone3 ENOSYS" in out, out
    assert "\nsubprocess ok" in out, out
    status = lab.run("print([l.strip() for l in open('/proc/self/status') if l.startswith('Seccomp')])")
    assert "'Seccomp:\\t2'" in status.stdout, status.stdout
