"""Small Mojo programs written the way Mojo users write them, each with Mojo 1.2's exact output.

tests/compiler/programs/AREA/NAME.mojo runs with `mojito run`; its stdout must equal NAME.expected
byte for byte (written from the reference toolchain by `tools/mojodiff.py --write-expected`, never
by hand). NAME.rc holds the exit status when it is not 0, and NAME.stderr
then what the program wrote to stderr (an unhandled error's message). NAME.error holds the first error line of a
program that must not compile ("LINE:COL: error: MESSAGE"): the location must match Mojo's, and the
message must contain the text after "error:" unless the file says `location-only`.

Output that cannot be the same on two runs is normalized on both sides: the program's absolute path
(TestSuite prints it) becomes $FILE, and TestSuite's timings `[ 0.001 ]` become `[ T ]`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mojohelpers import mojito

PROGRAMS = Path(__file__).parent / "programs"


def normalize(text: str, src: Path) -> str:
    text = text.replace(str(src.resolve()), "$FILE")
    return re.sub(r"\[ \d+\.\d+ \]", "[ T ]", text)


def _cases() -> list[str]:
    return sorted(str(p.relative_to(PROGRAMS).with_suffix("")) for p in PROGRAMS.glob("*/*.mojo")
                  if p.with_suffix(".expected").exists() or p.with_suffix(".error").exists())


@pytest.mark.parametrize("name", _cases())
def test_program_matches_mojo(name: str) -> None:
    src = PROGRAMS / f"{name}.mojo"
    proc = mojito("run", str(src))
    err_file = src.with_suffix(".error")
    if err_file.exists():
        want = err_file.read_text().strip()
        loc, _, msg = want.partition(": error: ")
        assert proc.returncode != 0
        first = next((line for line in proc.stderr.splitlines() if ": error:" in line), proc.stderr)
        assert first.startswith(f"{src}:{loc}: error:"), first
        if msg and msg != "location-only":
            assert msg in first, first
        assert "Traceback" not in proc.stderr
        return
    rc_file = src.with_suffix(".rc")
    want_rc = int(rc_file.read_text()) if rc_file.exists() else 0
    assert proc.returncode == want_rc, proc.stderr
    err_file = src.with_suffix(".stderr")
    if err_file.exists():
        assert normalize(proc.stderr, src).strip() == normalize(err_file.read_text(), src).strip()
    assert normalize(proc.stdout, src) == normalize(src.with_suffix(".expected").read_text(), src)
