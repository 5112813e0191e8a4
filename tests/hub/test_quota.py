"""The plan's disk size holds: a session cannot write more than `disk_mb` into its workspace (nor
onto the host disk), sees the error as "No space left on device", keeps its files across launches,
and a workspace from before quotas is carried over."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hubharness import run_cell, start_kernel
from mojito.hub import quota

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def hub(hub_factory):
    why = quota.problem()
    if why is not None:
        pytest.skip(why)
    return hub_factory(MOJITO_HUB_ADMISSION="off", MOJITO_SANDBOX_DISK_MB="48")


def test_writing_past_the_quota_fails_inside_the_workspace_only(hub):
    # A workspace that existed before quotas: its files must be carried into the new filesystem.
    old = hub.data / "users" / "filler"
    old.mkdir(parents=True)
    (old / "from-before.txt").write_text("kept across the switch\n")
    assert hub.spawn("filler")["ready"], hub.log()[-2000:]
    kernel = start_kernel(hub, "filler", "python3")
    result = run_cell(hub, "filler", kernel, """
import errno, os
print(open(os.path.expanduser("~/from-before.txt")).read().strip())
st = os.statvfs(os.path.expanduser("~"))
print("size_mb", st.f_blocks * st.f_frsize // 2**20)
written = 0
try:
    with open(os.path.expanduser("~/big.bin"), "wb") as f:
        for _ in range(200):  # 200 MiB, four times the plan's size
            f.write(b"x" * 2**20)
            f.flush()
            written += 1
except OSError as e:
    print("error", errno.errorcode[e.errno], e.strerror)
print("written_mb", written)
os.remove(os.path.expanduser("~/big.bin"))
with open(os.path.expanduser("~/small.txt"), "w") as f:
    f.write("room again\\n")
print("ok")
""", timeout=120)
    out = result["stdout"]
    assert result["status"] == "ok", result
    assert "kept across the switch" in out, out
    size = int(out.split("size_mb ")[1].split()[0])
    assert 32 <= size <= 48, out  # ext4 keeps a few MiB of its own (journal, inode tables)
    assert "error ENOSPC No space left on device" in out, out
    written = int(out.split("written_mb ")[1].split()[0])
    assert written <= 48, out
    assert out.strip().endswith("ok"), out
    # A cell that fills the workspace ends by saying so, once.
    fill = run_cell(hub, "filler", kernel, """
try:
    with open(os.path.expanduser("~/big.bin"), "wb") as f:
        while True:
            f.write(b"x" * 2**20)
            f.flush()
except OSError as e:
    print("full:", e.strerror)
""", timeout=120)
    assert "full: No space left on device" in fill["stdout"], fill
    assert "Your workspace is full" in fill["stdout"] and "MB used" in fill["stdout"], fill
    quiet = run_cell(hub, "filler", kernel, "print('still full')")
    assert quiet["stdout"].strip() == "still full", quiet
    run_cell(hub, "filler", kernel, "import os; os.remove(os.path.expanduser('~/big.bin'))")
    # On the host the workspace takes at most its image's size, whatever the session writes.
    image = hub.data / "users" / "filler.img"
    assert image.stat().st_blocks * 512 <= 48 * 2**20
    # The files stay across a stop and a relaunch (the image is mounted again, not recreated).
    hub.stop_server("filler")
    assert hub.spawn("filler")["ready"]
    assert hub.user_api("filler", "GET", "/contents/small.txt").json()["content"] == "room again\n"
    assert (hub.data / "users" / "filler.img").stat().st_mode & 0o777 == 0o600


def test_the_workspace_grows_with_the_plan_and_keeps_its_files(tmp_path):
    why = quota.problem()
    if why is not None:
        pytest.skip(why)
    users = tmp_path / "users"
    users.mkdir(mode=0o700)
    try:
        ws = quota.ensure(users, "grower", 261999, 261999, 32)
        (ws / "mine.txt").write_text("kept\n")
        small = quota.usage(ws)[1]
        ws = quota.ensure(users, "grower", 261999, 261999, 64)  # mounted: grown online ...
        grown = quota.usage(ws)[1]
        status = Path("/proc/self/status").read_text().splitlines()
        cap_sys_resource = int(next(x.split()[1] for x in status if x.startswith("CapEff")), 16) >> 24 & 1
        if cap_sys_resource:
            assert grown > small + 24 * 2**20, (small, grown)
        else:  # ... where the host lets root resize a mounted ext4; else at the next mount
            assert grown == small
        quota.release_all(users)
        assert quota.usage(ws) is None
        ws = quota.ensure(users, "grower", 261999, 261999, 96)  # unmounted: grown before mounting
        big = quota.usage(ws)[1]
        assert big > small + 56 * 2**20, (small, big)
        assert (ws / "mine.txt").read_text() == "kept\n"
        assert ws.stat().st_uid == 261999
        ws = quota.ensure(users, "grower", 261999, 261999, 48)  # a smaller plan never shrinks it
        assert quota.usage(ws)[1] == big
        # An image still attached (a sandbox's namespace holding it) is mounted through that very
        # loop device, never through a second one over the same file.
        quota.release_all(users)
        image = str(users / "grower.img")
        held = subprocess.run(["losetup", "-f", "--show", image], capture_output=True, text=True,
                              check=True).stdout.strip()
        ws = quota.ensure(users, "grower", 261999, 261999, 96)
        attached = subprocess.run(["losetup", "-j", image], capture_output=True, text=True, check=True).stdout
        assert attached.count("/dev/loop") == 1 and attached.startswith(held + ":"), attached
        assert (ws / "mine.txt").read_text() == "kept\n"
    finally:
        quota.release_all(users)
        for line in subprocess.run(["losetup", "-j", str(users / "grower.img")], capture_output=True,
                                   text=True, check=False).stdout.splitlines():
            subprocess.run(["losetup", "-d", line.split(":", 1)[0]], check=False)
