"""The shared Mojo 1.2 conformance corpus: byte-identical stdout, and first-error LINE:COL."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mojohelpers import CONFORMANCE, mojito, require_corpus


def _programs(tier: str) -> list[str]:
    return sorted(p.stem for p in (CONFORMANCE / tier).glob("*.mojo")) if CONFORMANCE.is_dir() else []


# Programs of tiers 2 and 3 that need language features the compiler does not have yet. They are
# expected to fail (strict: the suite fails when one starts passing, so this list stays honest).
NOT_YET = {
    "tier2": set(),
    "tier3": set(),
    "legacy2023": set(),
}


def _check_run(tier: str, name: str, source_suffix: str = ".mojo") -> None:
    corpus = require_corpus()
    src = corpus / tier / f"{name}{source_suffix}"
    expected = (corpus / "expected" / f"{tier}__{name}.txt").read_text()
    proc = mojito("run", str(src))
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stderr}"
    assert proc.stdout == expected


@pytest.mark.parametrize("name", _programs("tier1"))
def test_tier1_program_output_matches_mojo(name: str) -> None:
    _check_run("tier1", name)


@pytest.mark.parametrize("name", _programs("errors"))
def test_error_program_reports_mojos_first_error_location(name: str) -> None:
    corpus = require_corpus()
    src = corpus / "errors" / f"{name}.mojo"
    expected = (corpus / "errors" / f"{name}.expected").read_text().strip()
    want_loc = expected.split(": error:")[0]
    proc = mojito("run", str(src))
    assert proc.returncode == 1
    first = next(line for line in proc.stderr.splitlines() if ": error:" in line)
    assert first.startswith(f"{src}:{want_loc}: error:"), first
    assert "Traceback" not in proc.stderr


def _xfail_unless_supported(tier: str, names: list[str]) -> list:
    return [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="feature not implemented yet"))
            if n in NOT_YET[tier] else n for n in names]


@pytest.mark.parametrize("name", _xfail_unless_supported("tier2", _programs("tier2")))
def test_tier2_program_output_matches_mojo(name: str) -> None:
    _check_run("tier2", name)


@pytest.mark.parametrize("name", _xfail_unless_supported("tier3", _programs("tier3")))
def test_tier3_program_output_matches_mojo(name: str) -> None:
    _check_run("tier3", name)


def _legacy() -> list[str]:
    if not CONFORMANCE.is_dir():
        return []
    return sorted(p.stem for p in (CONFORMANCE / "legacy2023").glob("*.mojo"))


@pytest.mark.parametrize("name", _xfail_unless_supported("legacy2023", _legacy()))
def test_legacy_2023_program_runs_with_a_warning(name: str) -> None:
    corpus = require_corpus()
    src = corpus / "legacy2023" / f"{name}.mojo"
    expected = (corpus / "expected" / f"legacy2023__{name}.txt").read_text()
    proc = mojito("run", str(src))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == expected
    assert re.search(r"warning: .*Mojo 1\.2", proc.stderr), "the 2023 spelling must be named in a warning"


BUILD_SAMPLE = ["float_printing", "struct_fraction", "error_handling", "list_of_structs", "overflow_wrap"]


@pytest.mark.parametrize("name", BUILD_SAMPLE)
def test_built_executable_prints_what_run_prints(name: str, tmp_path: Path) -> None:
    corpus = require_corpus()
    src = corpus / "tier1" / f"{name}.mojo"
    exe = tmp_path / name
    proc = mojito("build", str(src), "-o", str(exe))
    assert proc.returncode == 0, proc.stderr
    import subprocess

    out = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    assert out.stdout == (corpus / "expected" / f"tier1__{name}.txt").read_text()
