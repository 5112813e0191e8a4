"""Attacks on the try-it sandbox (issue 13, helper hx): native programs run in the very sandbox a
visitor's program runs in (`TryRunner.run_executable`: real bubblewrap, cgroups, seccomp), doing
what a compiler bug would let a Mojo program do, and Mojo programs through `POST /api/v1/run`."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest

from .test_web_tryit import run, site, tryit_dir  # noqa: F401 - fixtures shared with the try-it tests

pytestmark = pytest.mark.timeout(300)


def _native(tmp_path: Path, name: str, c_source: str) -> Path:
    src = tmp_path / f"{name}.c"
    src.write_text(c_source)
    subprocess.run(["cc", "-O1", "-o", str(tmp_path / name), str(src)], check=True)
    return tmp_path / name


DISK_FILL = r"""
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
static char buf[1 << 20];
static long fill(const char *dir) {
    long mib = 0; char path[256];
    for (int f = 0; f < 64; f++) {
        snprintf(path, sizeof path, "%s/fill%d", dir, f);
        int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0) { printf("%s open: %s\n", dir, strerror(errno)); return mib; }
        for (int i = 0; i < 64; i++) {
            if (write(fd, buf, sizeof buf) != sizeof buf) { printf("%s write: %s\n", dir, strerror(errno)); close(fd); return mib; }
            mib++;
        }
        close(fd);
    }
    return mib;
}
int main(void) {
    memset(buf, 'x', sizeof buf);
    printf("program %ld\n", fill("/program"));
    printf("cwd %ld\n", fill("."));
    printf("tmp %ld\n", fill("/tmp"));
    return 0;
}
"""


def test_a_program_cannot_fill_the_hosts_disk(site, tmp_path):  # noqa: F811
    """Attack: with /program writable, one anonymous run wrote 8 GB into the runner's directory on
    the host disk (the database's disk) within its 10 s. Now /program is read-only for the
    program and its private /tmp stops at the tmpfs size (16 MiB)."""
    from mojito.web.services.tryit import TryRunner

    runner = TryRunner(site.ctx.settings)
    biggest = [0]
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            size = sum(p.stat().st_size for p in (runner.root / "runs").rglob("*") if p.is_file())
            biggest[0] = max(biggest[0], size)
            time.sleep(0.05)

    runner._check_host()
    t = threading.Thread(target=watch)
    t.start()
    try:
        code, out, err, stopped, _secs = asyncio.run(runner.run_executable(_native(tmp_path, "fill", DISK_FILL)))
    finally:
        stop.set()
        t.join()
    text = out.decode()
    assert "program 0" in text and "cwd 0" in text and "Read-only file system" in text, (text, err, stopped)
    tmp_mib = int(text.splitlines()[-1].split()[-1])  # the last line: "tmp N"
    assert tmp_mib <= runner.limits.tmp_mb, text
    assert biggest[0] < (2 << 20), biggest  # no more than the program itself ever lay on the host


def test_a_mojo_program_cannot_write_beside_itself(site):  # noqa: F811
    src = ('def main():\n    try:\n        with open("/program/planted", "w") as f:\n'
           '            f.write("x")\n        print("WROTE")\n    except e:\n        print("refused:", e)\n')
    out = run(site, src)
    assert "refused:" in out["stdout"] and "Read-only file system" in out["stdout"], out
    assert shutil.which("bwrap")


def test_the_emitted_code_is_cut_at_its_limit(site, monkeypatch):  # noqa: F811
    """A few hundred bytes of `comptime for` made 22 MB of LLVM IR, stored in the runner's cache
    and sent with every run of that program; the answer carries at most emitted_bytes of it."""
    monkeypatch.setenv("MOJITO_TRYIT_EMITTED_BYTES", "2048")  # a small program's LLVM IR is ~7 KB
    site.app.state.tryit = None
    src = 'def main():\n    print("emitted limit")\n'
    out = run(site, src, emit="llvm")
    assert out["stdout"] == "emitted limit\n", out
    emitted = out["emitted"]
    assert len(emitted.encode()) <= 2048 + 200, len(emitted)
    assert emitted.rstrip().endswith("KiB are shown") and "; ... cut here: the llvm output is" in emitted, emitted[-300:]


def test_the_cache_of_built_programs_stays_under_its_size(site, monkeypatch):  # noqa: F811
    """Every distinct program left its binary (about 256 KiB) in the runner's cache for good: one
    client's 30 runs a minute filled 11 GB of the host's disk a day. Past MOJITO_TRYIT_CACHE_MB the
    least recently used programs go, whole (binary, warnings, emitted code); recent ones stay."""
    import os

    from mojito.web.services.tryit import TryRunner

    monkeypatch.setenv("MOJITO_TRYIT_CACHE_MB", "4")
    runner = TryRunner(site.ctx.settings)
    runner._check_host()
    bin_dir = runner.root / "bin"
    for f in bin_dir.iterdir():
        f.unlink()
    now = time.time()
    for i in range(12):  # 12 programs of 1 MiB, used one hour ago + i minutes
        for suffix, size in (("", 1 << 20), (".warnings", 10), (".asm", 100)):
            p = bin_dir / f"key{i:02d}{suffix}"
            p.write_bytes(b"x" * size)
            os.utime(p, (now - 3600 + 60 * i, now - 3600 + 60 * i))
    runner.trim_cache()
    left = sorted(p.name for p in bin_dir.iterdir())
    total = sum(p.stat().st_size for p in bin_dir.iterdir())
    assert total <= 4 << 20, (total, left)
    kept = sorted({name.split(".")[0] for name in left})
    assert kept == [f"key{i:02d}" for i in range(12 - len(kept), 12)], left  # the most recent ones
    assert all(f"{k}.warnings" in left and f"{k}.asm" in left for k in kept), left  # whole programs
    # Programs used within the grace period are never evicted, even over the limit.
    for i in range(6):
        (bin_dir / f"fresh{i}").write_bytes(b"x" * (1 << 20))
    runner.trim_cache()
    assert all((bin_dir / f"fresh{i}").exists() for i in range(6))


def test_a_cached_program_is_marked_as_used(site):  # noqa: F811
    src = 'def main():\n    print("touch me")\n'
    run(site, src)
    from mojito.web.services.tryit import TryRunner

    runner = TryRunner(site.ctx.settings)
    binary = runner.root / "bin" / runner.key(src)
    old = time.time() - 86400
    import os

    os.utime(binary, (old, old))
    again = run(site, src)
    assert again["cached"] and again["stdout"] == "touch me\n"
    assert binary.stat().st_mtime > time.time() - 60


@pytest.mark.parametrize("where", ["prog", "emitted.asm", "emitted.lines"])
@pytest.mark.parametrize("plant", ["ln -s {secret} {name}", "mkfifo {name}"])
def test_root_never_follows_what_the_build_sandbox_left(site, tmp_path, plant, where):  # noqa: F811
    """The website (root) reads the executable and the emitted code from the run directory, which
    the sandbox's uid owns. Were the compiler ever subverted by a program, it could leave
    `emitted.asm -> /etc/shadow` (root sent the host's file to the visitor: checked before the
    fix) or a FIFO (root's read blocked the website's event loop for good). Here a stand-in
    compiler plants exactly that; the runner refuses both as 'no output'."""
    from mojito.web.services.tryit import TryRunner

    secret = tmp_path / "root-only-secret"
    secret.write_text("TOPSECRET host file\n")
    secret.chmod(0o600)
    runner = TryRunner(site.ctx.settings)
    runner._check_host()
    runner._warmed = True

    def stand_in_compiler(*args: str) -> list[str]:
        name = "emitted.asm" if "--emit=asm" in args else "prog"
        honest = "cp /bin/true prog" if name == "prog" else "echo '; asm' > emitted.asm"
        if where == "emitted.lines" and name == "emitted.asm":  # honest code, a planted line map
            return ["/bin/sh", "-c", honest + " && " + plant.format(secret=secret, name=where)]
        if name != where:  # the other output is made honestly
            return ["/bin/sh", "-c", honest]
        return ["/bin/sh", "-c", plant.format(secret=secret, name=name)]

    runner._compiler_cmd = stand_in_compiler  # type: ignore[method-assign]
    src = f'def main():\n    print("planted {where} {plant[:2]}")\n'
    start = time.monotonic()
    out = asyncio.run(asyncio.wait_for(runner._run(src, "asm"), 60))
    assert time.monotonic() - start < 30
    assert "TOPSECRET" not in repr(out.as_dict()), out
    if where == "prog":
        assert out.exit_code != 0 and not (runner.root / "bin" / runner.key(src)).exists(), out
    elif where == "emitted.lines":  # the code is shown, without a line map
        assert out.exit_code == 0 and out.emitted == "; asm\n" and out.emitted_lines is None, out
    else:
        assert out.exit_code == 0 and out.emitted.startswith("; the compiler could not emit asm"), out


@pytest.mark.parametrize("planted", ['[1, "<script>"]', "[-1]", "[1e400]", '{"1": 2}', "[[1]]", "[" * 100_000])
def test_a_forged_line_map_is_dropped(tmp_path, planted):
    """The line map (--line-map) is written by the build sandbox: anything but a list of source
    line numbers or nulls, at most one per line of the emitted text and of bounded size, is dropped
    (the code is still shown, uncoloured)."""
    from mojito.web.services.tryit import _line_map

    path = tmp_path / "emitted.lines"
    path.write_text(planted)
    assert _line_map(path, shown=3, total=4, max_bytes=12 * 40 + 16) is None
    assert _line_map(path, shown=3, total=4, max_bytes=1 << 20) is None  # parsed, then refused
    path.write_text("[null, 2, 7]")
    assert _line_map(path, shown=3, total=4, max_bytes=12 * 40 + 16) == [None, 2, 7, None]
    path.write_text("[" + "1," * 5_000 + "1]")  # more entries than the shown lines: over its size
    assert _line_map(path, shown=3, total=4, max_bytes=12 * 40 + 16) is None


def test_one_client_cannot_hold_every_runner_and_the_queue(site, monkeypatch):  # noqa: F811
    """Attack: one visitor keeping ten slow runs in flight held the worker and the whole queue, so
    every other visitor got 429 (the rate limit counts runs per minute, not runs held at once).
    Now a client holds at most MOJITO_TRYIT_PER_CLIENT (2) runs, running or waiting."""
    from mojito.web.services import tryit

    monkeypatch.setenv("MOJITO_TRYIT_WORKERS", "1")
    monkeypatch.setenv("MOJITO_TRYIT_QUEUE", "3")
    runner = tryit.TryRunner(site.ctx.settings)
    runner._check_host()

    async def slow_run(source: str, emit: str | None) -> tryit.Outcome:
        await asyncio.sleep(0.3)
        return tryit.Outcome(stdout=source)

    runner._run = slow_run  # type: ignore[method-assign]

    async def scenario() -> tuple[list[object], object]:
        async def attempt(client: str, src: str) -> object:
            try:
                return (await runner.run(src, None, client=client)).stdout
            except tryit.Busy as exc:
                return type(exc).__name__

        flood = [asyncio.create_task(attempt("10.0.0.66", f"a{i}")) for i in range(10)]
        await asyncio.sleep(0.05)
        other = await attempt("10.0.0.7", "b")
        return list(await asyncio.gather(*flood)), other

    flood, other = asyncio.run(scenario())
    assert other == "b", other  # the other visitor's run went through
    assert flood.count("ClientBusy") == 8 and [r for r in flood if r != "ClientBusy"] == ["a0", "a1"], flood
    assert runner._held == {}  # nothing left held


def test_the_api_says_why_a_client_gets_429(site, monkeypatch):  # noqa: F811
    from mojito.web.services import tryit

    async def refuse(self, source, emit, client=""):
        assert client == "testclient"  # the router passes the client's address
        raise tryit.ClientBusy()

    monkeypatch.setattr(tryit.TryRunner, "run", refuse)
    r = site.client.post("/api/v1/run", json={"source": "def main():\n    pass\n"})
    assert r.status_code == 429 and "runs in progress" in r.json()["detail"], r.text
