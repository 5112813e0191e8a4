"""Attacks from inside a session against the real hub (local backend): the user's code runs in a
python3 kernel of their own sandboxed server, exactly as a `%%python` cell would."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hubharness import collect, open_channels, run_cell, send_execute, start_kernel

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def hub(hub_factory):
    return hub_factory(MOJITO_HUB_ADMISSION="off")


def _cell(hub, user: str, code: str) -> str:
    kernel = start_kernel(hub, user, "python3")
    result = run_cell(hub, user, kernel, code, timeout=60)
    assert result["status"] == "ok", result
    return result["stdout"]


def test_a_session_cannot_replace_or_redirect_its_server_socket(hub):
    assert hub.spawn("eve")["ready"], hub.log()[-2000:]
    sock = hub.runtime / "users" / "eve" / "server.sock"
    st = os.stat(sock.parent)
    assert (st.st_uid, stat.S_IMODE(st.st_mode)) == (0, 0o711)
    # The attack of issue 13: bind a listener of one's own and rename it over server.sock (then
    # every visitor of /user/eve/ would talk to it), or point server.sock at a host socket.
    out = _cell(hub, "eve", f"""
import errno, os, socket
p = {str(sock)!r}
results = []
def attempt(name, fn):
    try:
        fn()
        results.append(name + ":done")
    except OSError as e:
        results.append(name + ":" + errno.errorcode[e.errno])
evil = socket.socket(socket.AF_UNIX)
attempt("bind", lambda: evil.bind(p + ".evil"))
attempt("rename", lambda: os.rename(p + ".evil", p))
attempt("unlink", lambda: os.unlink(p))
attempt("symlink", lambda: os.symlink("/run/elsewhere.sock", p + ".lnk"))
attempt("chmod", lambda: os.chmod(os.path.dirname(p), 0o777))
print(" ".join(results))
""")
    assert out.split() == ["bind:EACCES", "rename:ENOENT", "unlink:EACCES", "symlink:EACCES", "chmod:EPERM"], out
    st = os.lstat(sock)
    assert stat.S_ISSOCK(st.st_mode) and st.st_uid >= 200000
    # The proxy still reaches the real server.
    assert hub.user_api("eve", "GET", "/status").status_code == 200


def _snapshot(root: Path) -> dict[str, tuple[int, int, bytes]]:
    out = {}
    for p in sorted([root, *root.rglob("*")]):
        st = p.lstat()
        out[str(p)] = (st.st_uid, st.st_mode, p.read_bytes() if p.is_file() else b"")
    return out


def test_links_planted_in_the_workspace_do_not_make_root_write_outside_on_relaunch(hub):
    victim = hub.root / "victim"
    victim.mkdir(mode=0o700)
    secret = victim / "secret"
    secret.write_text("root only\n")
    os.chmod(secret, 0o600)
    before = _snapshot(victim)
    assert hub.spawn("mallory")["ready"], hub.log()[-2000:]
    out = _cell(hub, "mallory", f"""
import os, shutil
home = os.path.expanduser("~")
os.remove(os.path.join(home, ".mojito", "seeded"))
os.symlink({str(secret)!r}, os.path.join(home, ".mojito", "seeded"))
shutil.rmtree(os.path.join(home, "examples"))
os.symlink({str(victim)!r}, os.path.join(home, "examples"))
print("planted")
""")
    assert out.strip() == "planted"
    hub.stop_server("mallory")
    assert hub.spawn("mallory")["ready"], hub.log()[-2000:]  # the relaunch still works
    assert _snapshot(victim) == before
    assert secret.read_text() == "root only\n"
    ws = hub.data / "users" / "mallory"
    assert (ws / "examples").is_symlink()
    assert not (ws / ".mojito" / "seeded").is_symlink()
    assert "root only" not in (ws / ".mojito" / "seeded").read_text()


def test_a_real_session_runs_under_the_seccomp_filter(hub):
    assert hub.spawn("eve")["ready"], hub.log()[-2000:]
    out = _cell(hub, "eve", """
import subprocess
r = subprocess.run(["unshare", "-Ur", "id", "-u"], capture_output=True, text=True)
print(r.returncode, r.stderr.strip())
print([l.split()[1] for l in open('/proc/self/status') if l.startswith('Seccomp:')])
""")
    assert out.splitlines()[0].startswith("1 ") and "Operation not permitted" in out, out
    assert "['2']" in out, out  # filter mode


@pytest.mark.parametrize("kernel_name,prefix", [("mojo", "%%python\n"), ("python3", "")])
def test_the_cell_after_a_memory_kill_says_why_the_kernel_restarted(hub, kernel_name, prefix):
    import time

    assert hub.spawn("oomy")["ready"], hub.log()[-2000:]
    kernel = start_kernel(hub, "oomy", kernel_name)
    assert run_cell(hub, "oomy", kernel, prefix + "keep = 42")["status"] == "ok"
    bomb = run_cell(hub, "oomy", kernel, prefix + "x = []\nwhile True:\n    x.append(bytearray(32 << 20))",
                    timeout=90)
    assert bomb["status"] in ("restarting", "dead", None), bomb
    # One kill, one notice: the first cell sent to the new kernel is the one that says why, and its
    # sender sees it even when the kernel is still starting (hub/kernelrestarts.py).
    deadline = time.monotonic() + 120
    after: dict = {}
    text = ""  # everything the tries printed: a try that timed out may still have run
    while time.monotonic() < deadline:
        after = run_cell(hub, "oomy", kernel, prefix + "print('next cell')", timeout=60)
        text += after.get("stdout") or ""
        if after["status"] == "ok" and "next cell" in after["stdout"]:
            break
        time.sleep(0.5)
    assert "next cell" in text, after
    assert "The kernel was restarted" in text and "memory limit of 512 MB" in text, text
    assert "out of memory" in text and text.index("restarted") < text.index("next cell"), text
    # Said once: the cell after that is quiet again.
    again = run_cell(hub, "oomy", kernel, prefix + "print('quiet')", timeout=30)
    assert again["stdout"].strip() == "quiet", again
    # A clean restart (the Restart button) is not reported as a memory kill.
    assert hub.user_api("oomy", "POST", f"/kernels/{kernel}/restart").status_code == 200
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        calm = run_cell(hub, "oomy", kernel, prefix + "print('calm')", timeout=15)
        if calm["status"] == "ok":
            break
        time.sleep(0.5)
    assert calm["stdout"].strip() == "calm", calm
    hub.user_api("oomy", "DELETE", f"/kernels/{kernel}")


def test_a_cell_sent_to_a_dead_kernel_is_not_run_unseen_by_the_restarted_one(hub):
    """A cell sent in the seconds between a kernel's death and its restart used to wait in the
    server and run in the new kernel after its sender had been told 'restarting': unseen, side
    effects included, and it took the restart notice along. Now it is not run, and the notice goes
    to the first cell sent to the new kernel."""
    import asyncio
    import time

    assert hub.spawn("late")["ready"], hub.log()[-2000:]
    kernel = start_kernel(hub, "late", "python3")
    # The kernel kills itself 0.2 s after this cell; the restarter notices within about 3 s.
    killer = ("import os, subprocess\n"
              "subprocess.Popen(['sh', '-c', 'sleep 0.2; kill -9 %d' % os.getpid()])")
    stale_code = "open('/tmp/stale-cell-ran', 'w').write('yes')"

    async def pending_status(conn) -> list[str]:
        """Status messages already waiting on the websocket (nothing is waited for)."""
        import json
        states = []
        while True:
            try:
                raw = await asyncio.wait_for(conn.read_message(), timeout=0.05)
            except TimeoutError:
                return states
            if raw is None:
                return states
            msg = json.loads(raw)
            if msg.get("msg_type") == "status":
                states.append(msg["content"]["execution_state"])

    async def attempt() -> dict | None:
        conn = await open_channels(hub, "late", kernel)
        try:
            assert (await collect(conn, send_execute(conn, "late", killer), 30))["status"] == "ok"
            await asyncio.sleep(0.6)  # dead, and most likely not noticed yet
            if "restarting" in await pending_status(conn):
                return None  # the restarter was quicker: this try proves nothing
            stale = await collect(conn, send_execute(conn, "late", stale_code), 30)
            assert stale["status"] == "restarting", stale
            return stale
        finally:
            conn.close()

    for _ in range(4):
        if asyncio.run(attempt()) is not None:
            break
        ready_by = time.monotonic() + 60  # the restarted kernel answers before the next try
        while time.monotonic() < ready_by and run_cell(hub, "late", kernel, "1", timeout=15)["status"] != "ok":
            time.sleep(0.5)
    else:
        pytest.skip("the restarter noticed the kernel's death before a request could be sent four times")

    deadline = time.monotonic() + 90
    text = ""
    while time.monotonic() < deadline:
        after = run_cell(hub, "late", kernel,
                         "import os; print('STALE', os.path.exists('/tmp/stale-cell-ran'))", timeout=60)
        text += after.get("stdout") or ""
        if after["status"] == "ok" and "STALE" in after["stdout"]:
            break
        time.sleep(0.5)
    assert "STALE False" in text, text  # the request sent to the dead kernel did not run
    assert "The kernel was restarted" in text and text.index("restarted") < text.index("STALE"), text
    hub.user_api("late", "DELETE", f"/kernels/{kernel}")


def test_the_users_code_cannot_read_or_write_the_servers_memory(hub):
    # The server sees every visitor's cookies; the user's kernel runs as the same uid.
    assert hub.spawn("eve")["ready"], hub.log()[-2000:]
    out = _cell(hub, "eve", """
import os
server = os.getppid()
print(open(f"/proc/{server}/cmdline").read().split("\\0")[2:4])
for what in ("mem", "environ", "maps"):
    try:
        with open(f"/proc/{server}/{what}", "rb") as f:
            f.read(1)
        print(what, "READABLE")
    except OSError as e:
        print(what, type(e).__name__)
""")
    assert "'mojito.hub.singleuser'" in out, out
    for what in ("mem", "environ", "maps"):
        assert f"{what} PermissionError" in out, out
