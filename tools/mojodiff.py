#!/usr/bin/env python3
"""Differential testing against the reference Mojo toolchain (a developer tool; CI does not run it).

    .venv/bin/python tools/mojodiff.py DIR_OR_FILES... [--mojo /tmp/mojo-ref/bin/mojo] [-j 2]
                                       [--diff] [--write-expected] [--filter SUBSTR]

Runs every .mojo file through both `mojito run` and `mojo run` and prints one line per program:

    same       stdout and exit status identical
    same-error neither compiles it, and mojito's first error is at Mojo's LINE:COL
    different  both ran, but stdout or the exit status differ (with --diff: a unified diff)
    failed     mojito did not compile it (its first error is shown)
    ref-failed the reference did not compile it either (the program itself is wrong)

then a summary. The reference's output is cached in DIR/.mojoref/NAME.out (keyed by the source's
hash), since `mojo run` takes seconds per program. `--write-expected` pins what already agrees: for a
program that is `same` it writes NAME.expected (the reference's stdout, normalized as
tests/compiler/test_programs.py does) and NAME.rc when the exit status is not 0; for `same-error`
it writes NAME.error (Mojo's first error line). A program that fails at run time (an unhandled
error, exit(n)) must also print the same stderr, less the reference's own noise (Crashpad, stack
trace hints); it is pinned as NAME.stderr.
Programs that read stdin or argv are run with none. Stderr is compared only as far as the
reference's "Unhandled exception" / abort line goes.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import difflib
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# MOJITO_CMD overrides how mojito is started (e.g. another checkout's CLI, to measure "before").
MOJITO = os.environ.get("MOJITO_CMD", f"{REPO / '.venv' / 'bin' / 'python'} -m mojito.compiler.cli").split() + ["run"]
NOISE = ("Failed to initialize Crashpad", "stack trace was not collected", "To get a symbolicated stack trace",
         "#")
NOISE_IN = ("mojo: error: execution exited with a non-zero result", "mojo: error: execution crashed")


def _clean_stderr(text: str) -> str:
    return "\n".join(line for line in text.splitlines()
                     if not line.startswith(NOISE) and not any(n in line for n in NOISE_IN))


def _run(cmd: list[str], timeout: float) -> dict:
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL,
                           errors="replace")
        return {"rc": p.returncode, "out": p.stdout, "err": _clean_stderr(p.stderr)}
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode(errors="replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
        return {"rc": "timeout", "out": out, "err": ""}


def reference(path: Path, mojo: str, timeout: float) -> dict:
    src = path.read_bytes()
    key = hashlib.sha256(src + mojo.encode()).hexdigest()[:20]
    cache = path.parent / ".mojoref" / f"{path.stem}.json"
    try:
        data = json.loads(cache.read_text())
        if data.get("key") == key:
            data["err"] = _clean_stderr(data["err"])
            return data
    except (OSError, ValueError):
        pass
    data = _run([mojo, "run", str(path)], timeout)
    data["key"] = key
    try:
        cache.parent.mkdir(exist_ok=True)
        cache.write_text(json.dumps(data))
    except OSError:
        pass
    return data


def _normalize(text: str, src: Path) -> str:
    # As tests/compiler/test_programs.py does: the absolute path and TestSuite's timings vary.
    text = text.replace(str(src.resolve()), "$FILE")
    return re.sub(r"\[ \d+\.\d+ \]", "[ T ]", text)


def _error_at(err: str, src: Path) -> tuple[str, str] | None:
    # ("LINE:COL", message) of the first error reported in src.
    for line in err.splitlines():
        for prefix in (str(src.resolve()) + ":", str(src) + ":"):
            if line.startswith(prefix) and ": error: " in line:
                loc, _, msg = line[len(prefix):].partition(": error: ")
                return loc, msg.strip()
    return None


def _first_error(err: str) -> str:
    for line in err.splitlines():
        if ": error:" in line or "internal compiler error" in line or "Unhandled" in line:
            return line.strip()
    lines = [x for x in err.splitlines() if x.strip()]
    return lines[-1].strip() if lines else "(no message)"


def _compile_failed(r: dict) -> bool:
    return r["rc"] != 0 and (": error:" in r["err"] or "internal compiler error" in r["err"])


def classify(path: Path, mojo: str, timeout: float) -> tuple[str, str, dict, dict]:
    ref = reference(path, mojo, timeout)
    got = _run(MOJITO + [str(path)], timeout)
    if _compile_failed(ref):
        want, have = _error_at(ref["err"], path), _error_at(got["err"], path)
        if want and have and want[0] == have[0]:
            return "same-error", want[0] + (" (same message)" if want[1] == have[1] else ""), ref, got
        return "ref-failed", _first_error(ref["err"]), ref, got
    if _compile_failed(got) or got["rc"] == "timeout":
        return "failed", _first_error(got["err"]) if got["rc"] != "timeout" else "timeout", ref, got
    same_err = ref["rc"] == 0 or _normalize(got["err"], path).strip() == _normalize(ref["err"], path).strip()
    if _normalize(got["out"], path) == _normalize(ref["out"], path) and got["rc"] == ref["rc"] and same_err:
        return "same", "", ref, got
    if not same_err and got["rc"] == ref["rc"]:
        return "different", "stderr differs", ref, got
    why = "stdout differs" if got["out"] != ref["out"] else f"exit {got['rc']} vs mojo {ref['rc']}"
    if got["rc"] != 0 and got["out"] == ref["out"]:
        why += ": " + _first_error(got["err"])
    return "different", why, ref, got


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--mojo", default=os.environ.get("MOJO_REF", "/tmp/mojo-ref/bin/mojo"))
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--diff", action="store_true", help="show a diff for each program that differs")
    ap.add_argument("--write-expected", action="store_true",
                    help="write NAME.expected from the reference's stdout (only where the reference ran)")
    ap.add_argument("--filter", default="")
    args = ap.parse_args()
    files: list[Path] = []
    for p in map(Path, args.paths):
        files += sorted(p.glob("**/*.mojo")) if p.is_dir() else [p]
    files = [f for f in files if args.filter in str(f) and ".mojoref" not in f.parts]
    counts: dict[str, int] = {}
    width = max((len(str(f)) for f in files), default=10)
    with cf.ThreadPoolExecutor(max_workers=args.j) as pool:
        results = list(pool.map(lambda f: (f, *classify(f, args.mojo, args.timeout)), files))
    for f, status, why, ref, got in results:
        counts[status] = counts.get(status, 0) + 1
        print(f"{str(f):<{width}}  {status:<10} {why}")
        if args.diff and status == "different":
            for line in difflib.unified_diff(ref["out"].splitlines(), got["out"].splitlines(), "mojo", "mojito",
                                             lineterm="", n=1):
                print("    " + line)
            if got["err"].strip() and (why == "stderr differs" or ref["rc"] == 0):
                for line in difflib.unified_diff(ref["err"].splitlines(), got["err"].splitlines(), "mojo stderr",
                                                 "mojito stderr", lineterm="", n=1):
                    print("    " + line)
            if False:
                print("    stderr: " + got["err"].strip().replace("\n", "\n            "))
        if args.write_expected and status == "same-error":
            want = _error_at(ref["err"], f)
            same_msg = want == _error_at(got["err"], f)
            f.with_suffix(".error").write_text(f"{want[0]}: error: {want[1] if same_msg else 'location-only'}\n")
        if args.write_expected and status == "same":
            f.with_suffix(".expected").write_text(_normalize(ref["out"], f))
            if ref["rc"] != 0:
                f.with_suffix(".rc").write_text(f"{ref['rc']}\n")
                if ref["err"].strip():
                    f.with_suffix(".stderr").write_text(_normalize(ref["err"], f).strip() + "\n")
    total = len(results)
    print(f"\n{counts.get('same', 0) + counts.get('same-error', 0)}/{total} same, {counts.get('different', 0)} different, "
          f"{counts.get('failed', 0)} failed, {counts.get('ref-failed', 0)} ref-failed")
    return 0 if counts.get("same", 0) + counts.get("same-error", 0) == total else 1


if __name__ == "__main__":
    sys.exit(main())
