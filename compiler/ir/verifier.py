"""Checks the IR's invariants; the tests run it on every function they compile.

  * every block ends in a terminator whose targets are blocks of the same function;
  * every local an instruction mentions belongs to the function;
  * after the ownership pass: an owned local is never read, moved or destroyed unless it is
    initialized on every path to that point (no use after move, no double destroy), and nothing
    owned is still initialized when the function returns.
"""

from __future__ import annotations

from . import nodes as N


class VerifyError(Exception):
    pass


def verify(fn: N.Function, ownership: bool = True) -> None:
    ids = {id(b) for b in fn.blocks}
    locs = {id(x) for x in fn.locals}
    for b in fn.blocks:
        if b.term is None:
            raise VerifyError(f"{fn.name}: {b} has no terminator")
        for s in b.term.successors():
            if id(s) not in ids:
                raise VerifyError(f"{fn.name}: {b} jumps to a block of another function")
        for i in b.instrs + [b.term]:
            for op in i.operands():
                for p in N.places_of(op):
                    if isinstance(p.base, N.Local) and id(p.base) not in locs:
                        raise VerifyError(f"{fn.name}: {b} uses {p.base}, not a local of this function")
    if ownership:
        _check_ownership(fn)


def _tracked(fn: N.Function) -> set[N.Local]:
    # (a `deinit` value is tracked field by field by the ownership pass; not checked here)
    return {x for x in fn.locals if x.owned and x.kind in ("var", "tmp", "param") and not N.trivial(x.ty)
            and not getattr(x, "deinit", False)}


def _check_ownership(fn: N.Function) -> None:
    tracked = _tracked(fn)
    if not tracked:
        return
    preds: dict[int, list[N.Block]] = {id(b): [] for b in fn.blocks}
    for b in fn.blocks:
        for s in b.term.successors():  # type: ignore[union-attr]
            preds[id(s)].append(b)
    # Definitely-initialized sets, by forward dataflow (intersection at joins).
    everything = set(tracked)
    init_in: dict[int, set[N.Local]] = {id(b): set(everything) for b in fn.blocks}
    init_in[id(fn.entry)] = {p for p in fn.params if p in tracked}
    edge_out: dict[tuple[int, int], set[N.Local]] = {}
    changed = True
    while changed:
        changed = False
        for b in fn.blocks:
            if b is not fn.entry:
                ins = [edge_out.get((id(p), id(b))) for p in preds[id(b)]]
                known = [x for x in ins if x is not None]
                state = set.intersection(*known) if known else set(everything)
                if state != init_in[id(b)]:
                    init_in[id(b)] = state
                    changed = True
            state = _walk(fn, b, set(init_in[id(b)]), tracked, check=False)
            for s in b.term.successors():  # type: ignore[union-attr]
                out = set(state)
                if isinstance(b.term, N.Invoke):
                    d = b.term.dest if s is b.term.ok else b.term.err_dest
                    if d is not None and d in tracked:
                        out.add(d)
                key = (id(b), id(s))
                if edge_out.get(key) != out:
                    edge_out[key] = out
                    changed = True
    for b in fn.blocks:
        _walk(fn, b, set(init_in[id(b)]), tracked, check=True)


def _walk(fn: N.Function, b: N.Block, state: set[N.Local], tracked: set[N.Local], check: bool) -> set[N.Local]:
    for i in b.instrs + [b.term]:  # type: ignore[operator]
        for op in i.operands():
            for p in N.places_of(op):
                x = p.base
                if check and x in tracked and x not in state:
                    raise VerifyError(f"{fn.name}: {b}: '{x}' is used after it was moved or destroyed")
        if isinstance(i, N.Destroy) and isinstance(i.place.base, N.Local) and i.place.base in tracked:
            if check and i.place.base not in state:
                raise VerifyError(f"{fn.name}: {b}: '{i.place.base}' is destroyed twice")
            state.discard(i.place.base)
        for op in i.operands():
            if isinstance(op, N.Move) and not op.place.projs and isinstance(op.place.base, N.Local):
                state.discard(op.place.base)
        d = i.dest_local() if not isinstance(i, N.Invoke) else None
        if d is not None and d in tracked:
            if check and d in state and d.kind != "tmp":
                raise VerifyError(f"{fn.name}: {b}: '{d}' is overwritten while it still holds a value")
            state.add(d)
    if check and isinstance(b.term, (N.Return, N.Raise)) and state:
        names = ", ".join(sorted(str(x) for x in state))
        raise VerifyError(f"{fn.name}: {b}: {names} still initialized at the function's exit (leak)")
    return state
