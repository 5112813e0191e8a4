"""A bounded, seeded compiler fuzz test (tests/compiler/fuzzing.py): hostile inputs and a few
hundred mutants of the conformance programs and the compiler's own test programs. Every input
must give object code or compile errors: no internal compiler error (Python exception), no
crash, no hang over the per-input time limit. A bigger campaign:
`.venv/bin/python tests/compiler/fuzzing.py --count 5000 --seed N`."""

from __future__ import annotations

import fuzzing
import pytest

pytestmark = pytest.mark.timeout(600)

MUTANTS = 300
SEED = 2026
PER_INPUT_SECONDS = 30  # generous: the machine may be shared; a real hang never ends


def test_the_compiler_survives_hostile_inputs_and_mutated_programs() -> None:
    items = list(fuzzing.inputs(MUTANTS, SEED))
    assert len(items) >= len(fuzzing.HOSTILE) + (MUTANTS if fuzzing.seeds() else 0)
    results = fuzzing.run(items, jobs=2, timeout=PER_INPUT_SECONDS)
    assert set(results) == {name for name, _ in items}
    sources = dict(items)
    bad = [f"{name}: {r.kind}\n--- input:\n{sources[name][:1500]}\n--- detail:\n{r.detail}"
           for name, r in results.items() if r.kind in ("crash", "hang")]
    assert not bad, f"{len(bad)} of {len(items)} inputs broke the compiler:\n\n" + "\n\n".join(bad[:10])
    # The hostile inputs end in compile errors (each hits a limit or is malformed), not in code.
    compiled = [name for name, r in results.items() if name.startswith("hostile") and r.kind == "ok"]
    assert len(compiled) <= 12, compiled


def test_notebook_cells_never_crash_the_compiler_or_the_session() -> None:
    """The same, as notebook cells in a session (cell globals, redefinitions, trailing values);
    cells run, so a crash or hang of the running program itself does not count."""
    items = list(fuzzing.cell_inputs(60, SEED))
    results = fuzzing.run(items, jobs=2, timeout=PER_INPUT_SECONDS, mode="session")
    sources = dict(items)
    bad = [f"{name}: {r.kind}\n--- cell:\n{sources[name][:1500]}\n--- detail:\n{r.detail}"
           for name, r in results.items() if r.kind in ("crash", "hang")]
    assert not bad, f"{len(bad)} of {len(items)} cells broke the compiler:\n\n" + "\n\n".join(bad[:10])
