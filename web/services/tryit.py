"""The try-it runner: one Mojo program at a time in a one-shot sandbox, on a small worker pool.

Two sandboxes per new program, both bubblewrap with no network, a private /tmp and a cgroup of
their own, running as an unprivileged uid with no capabilities:

Both run under the notebooks' seccomp filter (hub/seccomp.py, one filter for every sandbox): no new
namespaces, mounts, ptrace, bpf, perf, keyrings, io_uring, ...

1. **build**: `mojito build` (and the requested `--emit`) over the program, with the compiler's
   object cache bound *read-only* (only a trusted warm-up writes it), so no program can plant code
   that another visitor's build would load. No user code runs here.
2. **run**: the executable alone, with tight limits (CPU seconds, memory, process count, wall
   time, output size). The binary is kept in a cache of the website's own, keyed by the SHA-256 of
   the source and the compiler, so running an unchanged program again skips step 1.

Concurrency: at most `workers` sandboxes run at once per web process; up to `queue` more requests
wait on the event loop (holding nothing but a coroutine); beyond that the answer is 429 at once,
so a flood of runs never takes the site's request slots.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import re
import resource
import shutil
import signal
import stat
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Settings

log = logging.getLogger("mojito.web.tryit")
SYSTEM_PATHS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc")
EMITS = ("ir", "llvm", "asm")
DIAG_RE = re.compile(r"^main\.mojo:(\d+):(\d+): (error|warning): (.*)$")
WARMUP = "def main():\n    print(1)\n"


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True)
class TryLimits:
    cpu_seconds: int = 5  # RLIMIT_CPU of the program
    wall_seconds: float = 10.0
    memory_mb: int = 256
    pids: int = 16
    output_bytes: int = 256 * 1024  # per stream
    tmp_mb: int = 16
    build_cpu_seconds: int = 30
    build_wall_seconds: float = 60.0
    build_memory_mb: int = 768
    build_pids: int = 32
    source_bytes: int = 64 * 1024
    # The IR/assembly shown beside the program. 580 bytes of nested `comptime for` made 22 MB of
    # LLVM IR (measured), cached and sent again with every run of that program: cut it.
    emitted_bytes: int = 1024 * 1024
    # The runner's cache of built programs (bin/). Unbounded, one client's 30 runs a minute of
    # distinct programs left 11 GB a day (about 256 KiB each) on the host's disk; beyond this size
    # the least recently used go (never one used in the last cache_grace_seconds).
    cache_mb: int = 512
    cache_grace_seconds: float = 120.0

    @classmethod
    def from_env(cls) -> TryLimits:
        return cls(
            cpu_seconds=_env_int("MOJITO_TRYIT_CPU_SECONDS", cls.cpu_seconds),
            wall_seconds=float(_env_int("MOJITO_TRYIT_WALL_SECONDS", int(cls.wall_seconds))),
            memory_mb=_env_int("MOJITO_TRYIT_MEMORY_MB", cls.memory_mb),
            output_bytes=_env_int("MOJITO_TRYIT_OUTPUT_BYTES", cls.output_bytes),
            emitted_bytes=_env_int("MOJITO_TRYIT_EMITTED_BYTES", cls.emitted_bytes),
            cache_mb=_env_int("MOJITO_TRYIT_CACHE_MB", cls.cache_mb),
        )


class Busy(Exception):
    """Every runner is busy and the queue is full: answer 429."""


class ClientBusy(Busy):
    """This client already has its share of runs running or waiting: answer 429."""


class Unavailable(Exception):
    """This host cannot sandbox programs (no bubblewrap, not root, no cgroups): answer 503."""


@dataclass
class Outcome:
    stdout: str = ""
    stderr: str = ""
    exit_code: int = 0
    diagnostics: list[dict[str, Any]] = field(default_factory=list)
    emitted: str | None = None
    emitted_lines: list[int | None] | None = None  # per line of `emitted`: its source line, if known
    cached: bool = False
    stopped: str | None = None  # "time", "memory", "output", "cpu" when the sandbox stopped it
    timings: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "stdout": self.stdout,
            "stderr": self.stderr,
            "exit_code": self.exit_code,
            "diagnostics": self.diagnostics,
            "emitted": self.emitted,
            "emitted_lines": self.emitted_lines,
            "cached": self.cached,
            "stopped": self.stopped,
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
        }


def parse_diagnostics(text: str) -> list[dict[str, Any]]:
    """`main.mojo:L:C: error: MSG` lines of the compiler's output, as data."""
    out = []
    for line in text.splitlines():
        m = DIAG_RE.match(line)
        if m:
            out.append({"line": int(m[1]), "col": int(m[2]), "severity": m[3], "message": m[4]})
    return out


def compiler_paths() -> list[Path]:
    """What `python -m mojito.compiler.cli` needs to see: the interpreter, the venv, the package."""
    import mojito.compiler

    paths = {Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve(),
             Path(mojito.compiler.__file__).resolve().parent}
    return sorted(paths)


def compiler_fingerprint() -> str:
    """Changes whenever the compiler's code changes, so cached binaries are never stale."""
    import mojito.compiler

    root = Path(mojito.compiler.__file__).resolve().parent
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.suffix in (".py", ".mojo") and p.is_file():
            st = p.stat()
            h.update(f"{p.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def _open_untrusted(path: Path) -> Any:
    """A file the sandbox's uid wrote, opened by root for reading: never through a link it planted
    (`emitted.asm -> /etc/shadow` would send the host's file to the visitor), only a regular file
    (a FIFO would block the website). FileNotFoundError if there is no such regular file."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:  # ELOOP for a link
        raise FileNotFoundError(f"{path.name}: not a regular file ({exc.strerror})") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise FileNotFoundError(f"{path.name}: not a regular file")
    return os.fdopen(fd, "rb")


def _lines_file(emitted_file: Path) -> Path:
    return emitted_file.with_name(emitted_file.name + ".lines")


def _line_map(path: Path, shown: int, total: int, max_bytes: int) -> list[int | None] | None:
    """The sandbox's line map (untrusted: a JSON list of positive ints or nulls, one per line of the
    text, so at most max_bytes), cut to the `shown` lines and padded to `total`; None if it is
    missing or malformed."""
    try:
        with _open_untrusted(path) as f:
            if os.fstat(f.fileno()).st_size > min(max_bytes, 64 << 20):
                return None
            lines = json.loads(f.read())
    except (FileNotFoundError, ValueError, RecursionError):  # RecursionError: "[[[[..." nested deep
        return None
    if not isinstance(lines, list) or not all(x is None or (type(x) is int and 0 < x < 1 << 31) for x in lines):
        return None
    lines = lines[:shown]
    return lines + [None] * (total - len(lines))


def _touch(path: Path) -> bool:
    """Mark a cached file as just used (its mtime orders the cache's eviction); False if absent."""
    try:
        os.utime(path)
    except FileNotFoundError:
        return False
    return True


class TryRunner:
    def __init__(self, settings: Settings, limits: TryLimits | None = None):
        self.limits = limits or TryLimits.from_env()
        self.workers = max(1, _env_int("MOJITO_TRYIT_WORKERS", max(1, (os.cpu_count() or 2) // 2)))
        self.queue = max(0, _env_int("MOJITO_TRYIT_QUEUE", 8))
        # Runs of one client running or waiting at once. Without it, one visitor sending ten runs
        # at a time held every worker and the whole queue, and everybody else got 429 (a rate
        # limit counts runs per minute, not how many are held at once).
        self.per_client = max(1, _env_int("MOJITO_TRYIT_PER_CLIENT", 2))
        self._held: dict[str, int] = {}
        self.uid = _env_int("MOJITO_TRYIT_UID", 199_990)
        self.root = Path(os.environ.get("MOJITO_TRYIT_DIR") or settings.data_dir / "tryit").resolve()
        self.hidden = [settings.data_dir]
        self._sem: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._waiting = 0
        self._warm: asyncio.Lock | None = None
        self._warmed = False
        self._host: Any = None
        self._problem: str | None = None
        self._fingerprint: str | None = None
        self._seccomp: Path | None = None

    # ---- host checks ----------------------------------------------------------------------------
    def _check_host(self) -> None:
        if self._host is not None or self._problem is not None:
            if self._problem:
                raise Unavailable(self._problem)
            return
        from mojito.hub import cgroups  # the same per-session cgroups as the notebooks' sandboxes

        if shutil.which("bwrap") is None or shutil.which("setpriv") is None:
            self._problem = "the try-it sandbox needs bubblewrap and setpriv (apt-get install bubblewrap)"
        elif os.geteuid() != 0:
            self._problem = "the try-it sandbox needs the website to run as root (per-run uid and cgroups)"
        else:
            # One parent for every runner on this host; each run's cgroup has a unique name.
            host = cgroups.detect("mojito-tryit")
            if not host.usable or not {"memory", "pids"} <= set(host.controllers):
                self._problem = "the try-it sandbox needs cgroup memory and pids limits: " + "; ".join(host.problems)
            else:
                self._host = host
        if self._problem:
            raise Unavailable(self._problem)
        for d in (self.root, self.root / "bin", self.root / "objects", self.root / "runs"):
            d.mkdir(parents=True, exist_ok=True)
        from mojito.hub import seccomp

        try:
            self._seccomp = seccomp.write(self.root / "seccomp.bpf")
        except seccomp.UnsupportedArch as exc:
            log.warning("!!! SANDBOX LIMIT UNAVAILABLE: %s (try-it runs without a seccomp filter)", exc)
        os.chmod(self.root, 0o711)
        os.chmod(self.root / "runs", 0o711)
        # The compiler's object cache: written only by the warm-up, read by every build.
        os.chown(self.root / "objects", self.uid, self.uid)

    @property
    def fingerprint(self) -> str:
        if self._fingerprint is None:
            self._fingerprint = compiler_fingerprint()
        return self._fingerprint

    def key(self, source: str) -> str:
        return hashlib.sha256(f"{self.fingerprint}\0{source}".encode()).hexdigest()

    # ---- the sandbox -----------------------------------------------------------------------------
    def _bwrap(self, work: Path, *, build: bool, objects_writable: bool = False) -> list[str]:
        lim = self.limits
        args = ["bwrap", "--die-with-parent", "--new-session", "--unshare-pid", "--unshare-ipc", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try",
                "--hostname", "tryit", "--clearenv",
                "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "HOME", "/program", "--setenv", "LANG", "C.UTF-8"]
        if self._seccomp is not None:
            from mojito.hub import seccomp

            args += seccomp.bwrap_option()  # opened by the shell in _sandboxed
        for top in SYSTEM_PATHS:
            p = Path(top)
            if p.is_symlink():
                args += ["--symlink", os.readlink(p), top]
            elif p.exists():
                args += ["--ro-bind", top, top]
        args += ["--proc", "/proc", "--dev", "/dev",
                 "--perms", "1777", "--size", str(lim.tmp_mb << 20), "--tmpfs", "/tmp"]
        if build:
            made: set[Path] = set()
            for p in compiler_paths():
                if any(str(p).startswith(s + "/") for s in SYSTEM_PATHS if not Path(s).is_symlink()):
                    continue
                # bubblewrap would create missing parents 0700 (root's): the run uid could not walk
                # through them to a Python installed under /root.
                for parent in reversed(p.parents[:-1]):
                    if parent not in made:
                        made.add(parent)
                        args += ["--perms", "0755", "--dir", str(parent)]
                args += ["--ro-bind", str(p), str(p)]
            for p in self.hidden:  # the data directory (secrets, accounts) if it lies inside a bound tree
                if any(p == q or q in p.parents for q in compiler_paths()):
                    args += ["--tmpfs", str(p)]
            args += ["--perms", "0755", "--dir", "/cache",
                     "--bind" if objects_writable else "--ro-bind", str(self.root / "objects"), "/cache/objects",
                     "--setenv", "MOJITO_CACHE_DIR", "/cache"]
        # The compiler writes its output into /program; the program itself only reads it. Writable
        # there, one anonymous run wrote 8 GB to the host's disk in its 10 s (the disk the database
        # is on); now its only writable place is the private /tmp, a tmpfs of tmp_mb whose pages
        # count against the run's memory limit.
        args += ["--bind" if build else "--ro-bind", str(work), "/program", "--chdir", "/program"]
        drop = ["setpriv", f"--reuid={self.uid}", f"--regid={self.uid}", "--clear-groups",
                "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--"]
        return [*args, "--", *drop]

    async def _sandboxed(self, cmd: list[str], work: Path, *, build: bool,
                         objects_writable: bool = False) -> tuple[int, bytes, bytes, str | None, float]:
        """Run `cmd` in a fresh sandbox; (exit code, stdout, stderr, why it was stopped, seconds)."""
        from mojito.hub import cgroups

        lim = self.limits
        cg = cgroups.SessionCgroup(self._host, "run-" + uuid.uuid4().hex[:12])
        memory = (lim.build_memory_mb if build else lim.memory_mb) << 20
        cg.create(cgroups.Limits(memory_bytes=memory, cpu_share=1.0,
                                 pids_max=lim.build_pids if build else lim.pids))
        cpu = lim.build_cpu_seconds if build else lim.cpu_seconds
        wall = lim.build_wall_seconds if build else lim.wall_seconds

        def limits_in_child() -> None:  # runs in the child between fork and exec
            resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
            resource.setrlimit(resource.RLIMIT_FSIZE, (64 << 20, 64 << 20))
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

        join = "".join(f'echo $$ > "{p}" || exit 125; ' for p in cg.procs_files())
        if self._seccomp is not None:
            from mojito.hub import seccomp

            join += seccomp.shell_open(self._seccomp)
        full = ["/bin/sh", "-c", join + 'exec "$@"', "mojito-tryit",
                *self._bwrap(work, build=build, objects_writable=objects_writable), *cmd]
        start = time.monotonic()
        stopped: str | None = None
        proc = await asyncio.create_subprocess_exec(
            *full, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, preexec_fn=limits_in_child, env={"PATH": "/usr/bin:/bin"},
        )
        cap = lim.output_bytes
        bufs = {"out": bytearray(), "err": bytearray()}

        async def pump(stream: asyncio.StreamReader, buf: bytearray) -> None:
            nonlocal stopped
            while True:
                chunk = await stream.read(65536)
                if not chunk:
                    return
                room = cap - len(buf)
                buf += chunk[:max(0, room)]
                if len(chunk) > room:
                    stopped = stopped or "output"
                    cg.kill_all(timeout=2)
                    return

        try:
            assert proc.stdout is not None and proc.stderr is not None
            await asyncio.wait_for(
                asyncio.gather(pump(proc.stdout, bufs["out"]), pump(proc.stderr, bufs["err"]), proc.wait()),
                timeout=wall,
            )
        except TimeoutError:
            stopped = stopped or "time"
        finally:
            cg.kill_all(timeout=2)
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(proc.wait(), timeout=5)
            if cg.oom_kills():
                stopped = stopped or "memory"
            cg.destroy()
        code = proc.returncode if proc.returncode is not None else -9
        if code < 0:
            if -code == signal.SIGXCPU and stopped is None:
                stopped = "cpu"
            code = 128 - code
        elif code in (128 + signal.SIGKILL, 128 + signal.SIGXCPU) and stopped is None:
            stopped = "cpu" if code == 128 + signal.SIGXCPU else stopped
        return code, bytes(bufs["out"]), bytes(bufs["err"]), stopped, time.monotonic() - start

    def _new_work(self) -> Path:
        work = self.root / "runs" / uuid.uuid4().hex
        work.mkdir(mode=0o700)
        os.chown(work, self.uid, self.uid)
        return work

    async def _warm_up(self) -> None:
        """Compile the standard library once into the object cache (the only trusted writer)."""
        if self._warm is None:
            self._warm = asyncio.Lock()
        async with self._warm:
            if self._warmed:
                return
            work = self._new_work()
            try:
                (work / "main.mojo").write_text(WARMUP)
                code, _o, err, _s, _t = await self._sandboxed(
                    self._compiler_cmd("build", "main.mojo", "-o", "prog"), work, build=True, objects_writable=True)
                if code != 0:
                    log.warning("try-it warm-up build failed (%s): %s", code, err.decode(errors="replace")[-2000:])
            finally:
                shutil.rmtree(work, ignore_errors=True)
            self._warmed = True

    def _compiler_cmd(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "mojito.compiler.cli", *args]

    # ---- one request -----------------------------------------------------------------------------
    async def run(self, source: str, emit: str | None, client: str = "") -> Outcome:
        self._check_host()
        loop = asyncio.get_running_loop()
        if self._sem is None or self._loop is not loop:
            self._sem, self._loop = asyncio.Semaphore(self.workers), loop
        if self._held.get(client, 0) >= self.per_client:
            raise ClientBusy()
        if self._sem.locked() and self._waiting >= self.queue:
            raise Busy()
        self._held[client] = self._held.get(client, 0) + 1
        try:
            self._waiting += 1
            try:
                await self._sem.acquire()
            finally:
                self._waiting -= 1
            try:
                return await self._run(source, emit)
            finally:
                self._sem.release()
        finally:
            self._held[client] -= 1
            if not self._held[client]:
                del self._held[client]

    async def _run(self, source: str, emit: str | None) -> Outcome:
        t0 = time.monotonic()
        await self._warm_up()
        key = self.key(source)
        binary = self.root / "bin" / key
        warn_file = self.root / "bin" / f"{key}.warnings"
        emitted_file = self.root / "bin" / f"{key}.{emit}" if emit else None
        out = Outcome()
        build_stderr = ""
        need_build = not _touch(binary)  # a hit is marked as used first: no trim evicts it meanwhile
        need_emit = emitted_file is not None and not emitted_file.exists()
        if need_build or need_emit:
            work = self._new_work()
            try:
                (work / "main.mojo").write_text(source)

                async def build() -> tuple[int, bytes, bytes, str | None, float] | None:
                    if not need_build:
                        return None
                    return await self._sandboxed(
                        self._compiler_cmd("build", "main.mojo", "-o", "prog"), work, build=True)

                async def emitted() -> tuple[str, list[int | None] | None] | None:
                    return await self._emit(work, emit) if need_emit and emit is not None else None

                # The executable and the generated code are two compiler runs: side by side.
                built, made = await asyncio.gather(build(), emitted())
                if built is not None:
                    code, _o, err, stopped, secs = built
                    out.timings["build"] = secs
                    build_stderr = err.decode(errors="replace")
                    try:
                        built_file = _open_untrusted(work / "prog") if code == 0 else None
                    except FileNotFoundError:
                        built_file = None
                    if built_file is None:
                        out.exit_code = code or 1
                        out.stderr = build_stderr
                        if stopped:
                            out.stderr += f"\nmojito: the compiler was stopped ({stopped} limit)"
                        out.stopped = stopped
                        out.diagnostics = parse_diagnostics(build_stderr)
                        out.timings["total"] = time.monotonic() - t0
                        return out
                    tmp = binary.with_name(binary.name + ".tmp-" + uuid.uuid4().hex[:6])
                    with built_file, open(tmp, "wb") as dst:
                        shutil.copyfileobj(built_file, dst)
                    os.chmod(tmp, 0o755)
                    os.replace(tmp, binary)
                    warn_file.write_text(build_stderr)
                if made is not None and emitted_file is not None:
                    text, lines = made
                    _lines_file(emitted_file).write_text(json.dumps(lines))
                    emitted_file.write_text(text)  # last: its presence says both are there
            finally:
                shutil.rmtree(work, ignore_errors=True)
            self.trim_cache()
        else:
            out.cached = True
        if not build_stderr and warn_file.exists():
            build_stderr = warn_file.read_text()
        if emitted_file is not None and emitted_file.exists():
            out.emitted = emitted_file.read_text()
            with contextlib.suppress(FileNotFoundError, ValueError):
                out.emitted_lines = json.loads(_lines_file(emitted_file).read_text())
        code, stdout, stderr, stopped, secs = await self.run_executable(binary)
        out.timings["run"] = secs
        out.exit_code = code
        out.stopped = stopped
        out.stdout = stdout.decode(errors="replace")
        out.stderr = build_stderr + stderr.decode(errors="replace")
        out.diagnostics = parse_diagnostics(build_stderr)
        note = {
            "time": f"the program was stopped after {self.limits.wall_seconds:g} s (time limit)",
            "cpu": f"the program was stopped after {self.limits.cpu_seconds} s of CPU time (CPU limit)",
            "memory": f"the program was stopped: it used more than {self.limits.memory_mb} MiB (memory limit)",
            "output": f"the output was cut at {self.limits.output_bytes // 1024} KiB and the program stopped",
        }.get(stopped or "")
        if note:
            out.stderr += ("" if out.stderr.endswith("\n") or not out.stderr else "\n") + f"mojito: {note}\n"
        out.timings["total"] = time.monotonic() - t0
        return out

    def trim_cache(self) -> None:
        """Keep bin/ under cache_mb: whole programs (binary, warnings, emitted code) go, least
        recently used first; one used within cache_grace_seconds stays (a run may be copying it)."""
        cap = self.limits.cache_mb << 20
        programs: dict[str, list[Any]] = {}  # key -> [last use, bytes, paths]
        total = 0
        with os.scandir(self.root / "bin") as entries:
            for entry in entries:
                if not entry.is_file(follow_symlinks=False):
                    continue
                st = entry.stat(follow_symlinks=False)
                p = programs.setdefault(entry.name.split(".", 1)[0], [0.0, 0, []])
                p[0], p[1] = max(p[0], st.st_mtime), p[1] + st.st_size
                p[2].append(entry.path)
                total += st.st_size
        if total <= cap:
            return
        recent = time.time() - self.limits.cache_grace_seconds
        for last, size, paths in sorted(programs.values(), key=lambda p: p[0]):
            if total <= cap * 0.9 or last > recent:
                break
            for path in paths:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(path)
            total -= size

    async def run_executable(self, binary: Path) -> tuple[int, bytes, bytes, str | None, float]:
        """A native program in a sandbox of its own, alone with its executable, under the run limits."""
        self._check_host()
        work = self._new_work()
        try:
            shutil.copyfile(binary, work / "prog")
            os.chmod(work / "prog", 0o555)
            return await self._sandboxed(["/program/prog"], work, build=False)
        finally:
            shutil.rmtree(work, ignore_errors=True)

    async def _emit(self, work: Path, emit: str) -> tuple[str, list[int | None] | None]:
        """The generated code as text, and for each of its lines the source line (--line-map)."""
        target = work / f"emitted.{emit}"
        cmd = self._compiler_cmd("build", f"--emit={emit}", "--line-map=emitted.lines", "main.mojo",
                                 "-o", target.name)
        code, _o, err, stopped, _s = await self._sandboxed(cmd, work, build=True)
        try:
            emitted = _open_untrusted(target) if code == 0 else None
        except FileNotFoundError:
            emitted = None
        if emitted is None:
            why = (stopped or err.decode(errors='replace')[-500:]).strip()
            return f"; the compiler could not emit {emit}: {why}\n", None
        cap = self.limits.emitted_bytes
        with emitted as f:
            size = os.fstat(f.fileno()).st_size
            text = f.read(cap).decode(errors="replace")
        shown = text.count("\n")
        if size > cap:  # whole lines only, and say so
            text = text[: text.rfind("\n") + 1]
            shown = text.count("\n")
            text += (f"; ... cut here: the {emit} output is {size // 1024} KiB, "
                     f"the first {cap // 1024} KiB are shown\n")
        return text, _line_map(work / "emitted.lines", shown, text.count("\n"), 12 * size + 16)
