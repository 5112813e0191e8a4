"""The ownership pass: ASAP destruction, as Mojo 1.2 does it.

Every owned local of a non-trivial type is destroyed right after its last use, on every path:
  1. liveness (backward): which locals are still read later at each point;
  2. initialization (forward): which locals hold a value (defined, not moved out, not destroyed);
  3. a `Destroy` goes after each instruction where an initialized local stops being live, before a
     `return`/`raise` for everything still initialized, and on each control-flow edge into a block
     where the local is no longer live (a value moved on one branch is destroyed at the end of
     the other branch, as Mojo does).
Locals whose address escapes (`Pointer(to=x)`) live until the function returns. Fields moved out
of a local (`existing.name^`) are skipped when it is destroyed, and so is its destructor.
A field moved out and then assigned again (`var t = self.a^; self.a = self.b^`) is initialized by
that assignment (no destructor runs on the moved-out value) and is whole again afterwards.
"""

from __future__ import annotations

from ..check import types as T
from ..ir import nodes as N


def run(fn: N.Function) -> None:
    reinit = _reinit_moved_fields(fn)
    tracked: set = set()
    split: set[N.Local] = set()
    for loc in fn.locals:
        if not loc.owned or loc.kind not in ("var", "tmp", "param") or N.trivial(loc.ty):
            continue
        if getattr(loc, "deinit", False) and isinstance(loc.ty, T.StructType):
            # `deinit self`: no destructor of its own; each field dies after its own last use.
            split.add(loc)
            for idx, fty in loc.ty.info.fields.values():
                if not N.trivial(fty):
                    tracked.add((loc, idx))
        else:
            tracked.add(loc)
    if tracked:
        _Pass(fn, tracked, split, reinit).run()


def _field_key(place: N.Place) -> tuple | None:
    """(local, field path) for a place that is a chain of fields of a local, else None."""
    if not isinstance(place.base, N.Local) or not place.projs or any(p.kind != "field" for p in place.projs):
        return None
    return (place.base, tuple(p.index for p in place.projs))


def _reinit_moved_fields(fn: N.Function) -> set:
    """Stores into a field that is moved out on every path reaching them become initializing
    stores (the old value was moved, not to be destroyed). Returns the keys so re-initialized."""
    preds: dict[int, list[N.Block]] = {b.id: [] for b in fn.blocks}
    for b in fn.blocks:
        for s in b.term.successors():  # type: ignore[union-attr]
            preds[s.id].append(b)

    def step(i: N.Instr, state: set, fix: bool, reinit: set) -> set:
        for op in i.operands():
            if isinstance(op, N.Move):
                k = _field_key(op.place)
                if k is not None:
                    state = state | {k}
        if isinstance(i, N.Store):
            k = _field_key(i.place)
            if k is not None:
                if k in state and not i.init and fix:
                    i.init = True
                    reinit.add(k)
                # The field is whole again, and so is every field below it.
                state = {m for m in state if not (m[0] is k[0] and m[1][:len(k[1])] == k[1])}
        elif isinstance(i, N.Assign) and i.dest in {m[0] for m in state}:
            state = {m for m in state if m[0] is not i.dest}
        return state

    if not any(isinstance(op, N.Move) and _field_key(op.place) is not None
               for b in fn.blocks for i in b.instrs + [b.term] for op in i.operands()):
        return set()
    out: dict[int, set] = {}
    entry: dict[int, set | None] = {b.id: None for b in fn.blocks}
    entry[fn.entry.id] = set()
    changed = True
    while changed:  # must-be-moved: intersection over predecessors
        changed = False
        for b in fn.blocks:
            if b is not fn.entry:
                ins = [out[p.id] for p in preds[b.id] if p.id in out]
                if not ins:
                    continue
                new = set.intersection(*ins)
                if entry[b.id] == new:
                    continue
                entry[b.id] = new
            state = set(entry[b.id] or ())
            for i in b.instrs + [b.term]:
                state = step(i, state, False, set())
            if out.get(b.id) != state:
                out[b.id] = state
                changed = True
    reinit: set = set()
    for b in fn.blocks:
        if entry[b.id] is None:
            continue
        state = set(entry[b.id] or ())
        for i in b.instrs + [b.term]:
            state = step(i, state, True, reinit)
    return reinit


class _Pass:
    """Tracks *units*: an owned local, or (local, field index) for the fields of a `deinit` value."""

    def __init__(self, fn: N.Function, tracked: set, split: set[N.Local], reinit: set) -> None:
        self.fn = fn
        self.reinit = reinit
        self.tracked = tracked
        self.split = split
        self.escaping = {x for x in tracked if isinstance(x, N.Local) and x.escapes}
        self.moved_fields: dict[N.Local, set[int]] = {}
        self.preds: dict[int, list[N.Block]] = {b.id: [] for b in fn.blocks}
        for b in fn.blocks:
            for s in b.term.successors():  # type: ignore[union-attr]
                self.preds[s.id].append(b)

    # ------------------------------------------------------------ per instruction
    def units(self, place: N.Place) -> list:
        """The tracked units a place touches."""
        base = place.base
        if base in self.tracked:
            return [base]
        if base in self.split:
            if place.projs and place.projs[0].kind == "field":
                key = (base, place.projs[0].index)
                return [key] if key in self.tracked else []
            return [u for u in self.tracked if isinstance(u, tuple) and u[0] is base]
        return []

    def uses(self, i: N.Instr) -> set:
        out: set = set()
        for op in i.operands():
            for p in N.places_of(op):
                out.update(self.units(p))
        if isinstance(i, (N.Store, N.Destroy)):
            out.update(self.units(N.Place(i.place.base)) if isinstance(i, N.Store) else self.units(i.place))
        if isinstance(i, (N.Return, N.Raise)):
            out |= self.escaping
        return out

    def defs(self, i: N.Instr) -> set[N.Local]:
        d = i.dest_local() if not isinstance(i, N.Invoke) else None
        return {d} if d is not None and d in self.tracked else set()

    def moves(self, i: N.Instr) -> set:
        out: set = set()
        for op in i.operands():
            if not isinstance(op, N.Move) or not isinstance(op.place.base, N.Local):
                continue
            base = op.place.base
            if base in self.split:
                out.update(self.units(op.place))
            elif base in self.tracked:
                if not op.place.projs:
                    out.add(base)
                elif op.place.projs[0].kind == "field" and \
                        (base, (op.place.projs[0].index,)) not in self.reinit:
                    self.moved_fields.setdefault(base, set()).add(op.place.projs[0].index)
        return out

    # ------------------------------------------------------------ analyses
    def liveness(self) -> None:
        fn = self.fn
        self.live_in: dict[int, set[N.Local]] = {b.id: set() for b in fn.blocks}
        changed = True
        while changed:
            changed = False
            for b in reversed(fn.blocks):
                live = self.live_out(b)
                live = self.step_back(b.term, live)  # type: ignore[arg-type]
                for i in reversed(b.instrs):
                    live = self.step_back(i, live)
                if live != self.live_in[b.id]:
                    self.live_in[b.id] = live
                    changed = True

    def live_out(self, b: N.Block) -> set[N.Local]:
        out: set[N.Local] = set()
        term = b.term
        for s in term.successors():  # type: ignore[union-attr]
            live = set(self.live_in[s.id])
            if isinstance(term, N.Invoke):  # defined on the edge
                live.discard(term.dest if s is term.ok else term.err_dest)  # type: ignore[arg-type]
            out |= live
        return out

    def step_back(self, i: N.Instr, live: set[N.Local]) -> set[N.Local]:
        return (live - self.defs(i)) | self.uses(i)

    def edge_defs(self, term: N.Terminator, succ: N.Block) -> set[N.Local]:
        if isinstance(term, N.Invoke):
            d = term.dest if succ is term.ok else term.err_dest
            return {d} if d is not None and d in self.tracked else set()
        return set()

    # ------------------------------------------------------------ insertion
    def run(self) -> None:
        fn = self.fn
        for b in fn.blocks:
            for i in b.instrs + [b.term]:
                self.moves(i)  # collect partial moves before anything is destroyed
        self.liveness()
        # Forward initialization state at each block's entry, restricted to what is live there
        # (everything else has been destroyed on the way in).
        entry_state: dict[int, set[N.Local]] = {}
        params = {u for u in self.tracked if (u[0] if isinstance(u, tuple) else u) in fn.params}
        inits = {fn.entry.id: set(params)}
        order = fn.blocks
        changed = True
        out_edges: dict[tuple[int, int], set[N.Local]] = {}
        while changed:
            changed = False
            for b in order:
                incoming = set(inits.get(b.id, set()))
                for p in self.preds[b.id]:
                    incoming |= out_edges.get((p.id, b.id), set())
                state = incoming & self.live_in[b.id]
                if entry_state.get(b.id) != state:
                    entry_state[b.id] = state
                    changed = True
                state = set(state)
                for i in b.instrs:
                    state = self.after(i, state, self.live_after_instr(b, i))
                term = b.term
                moved = self.moves(term)  # type: ignore[arg-type]
                for s in term.successors():  # type: ignore[union-attr]
                    out = (state - moved) | self.edge_defs(term, s)  # type: ignore[arg-type]
                    key = (b.id, s.id)
                    if out_edges.get(key) != out:
                        out_edges[key] = out
                        changed = True
        self.insert(entry_state, out_edges, inits[fn.entry.id])

    def live_after_instr(self, b: N.Block, target: N.Instr) -> set[N.Local]:
        cache = getattr(self, "_after_cache", None)
        if cache is None:
            cache = self._after_cache = {}
        if b.id not in cache:
            live = self.live_out(b)
            live = self.step_back(b.term, live)  # type: ignore[arg-type]
            per: dict[int, set[N.Local]] = {}
            for i in reversed(b.instrs):
                per[id(i)] = live
                live = self.step_back(i, live)
            cache[b.id] = per
        return cache[b.id][id(target)]

    def after(self, i: N.Instr, state: set[N.Local], live_after: set[N.Local]) -> set[N.Local]:
        state = (state - self.moves(i)) | self.defs(i)
        if isinstance(i, N.Destroy) and isinstance(i.place.base, N.Local) and not i.place.projs:
            state.discard(i.place.base)
        return state & live_after

    def destroy(self, unit: object) -> N.Destroy:
        if isinstance(unit, tuple):
            loc, idx = unit
            fty = next(t for i, t in loc.ty.info.fields.values() if i == idx)
            return N.Destroy(N.Place(loc, (N.Proj("field", fty, idx),)))
        return N.Destroy(N.Place(unit), frozenset(self.moved_fields.get(unit, ())))  # type: ignore[arg-type]

    def ordered(self, units: set) -> list:
        """Values dying at the same point go in reverse order of creation, as in Mojo (the fields of
        one value in their declaration order)."""
        return sorted(units, key=lambda u: (-u[0].id, u[1]) if isinstance(u, tuple) else (-u.id, -1))

    def insert(self, entry_state: dict[int, set[N.Local]], out_edges: dict, params: set[N.Local]) -> None:
        fn = self.fn
        new_blocks: list[N.Block] = []
        prepend: list[tuple[N.Block, list[N.Instr]]] = []
        for b in list(fn.blocks):
            state = set(entry_state[b.id])
            out: list[N.Instr] = []
            if b is fn.entry:  # parameters never read
                out += [self.destroy(p) for p in self.ordered(params - state)]
            for i in b.instrs:
                out.append(i)
                live_after = self.live_after_instr(b, i)
                full = (state - self.moves(i)) | self.defs(i)
                if isinstance(i, N.Destroy) and isinstance(i.place.base, N.Local):
                    full.discard(i.place.base)
                out += [self.destroy(x) for x in self.ordered(full - live_after)]
                state = full & live_after
            term = b.term
            assert term is not None
            moved = self.moves(term)
            if isinstance(term, (N.Return, N.Raise)):
                # Everything still held dies here (the returned value was moved out just before).
                out += [self.destroy(x) for x in self.ordered(state - moved - self.uses_plain(term))]
            b.instrs = out
            # Edges: destroy what is initialized at the end of b but dead at the successor.
            for s in term.successors():
                dying = out_edges.get((b.id, s.id), set()) - self.live_in[s.id]
                if not dying:
                    continue
                destroys = [self.destroy(x) for x in self.ordered(dying)]
                if len(term.successors()) == 1 and not isinstance(term, N.Invoke):
                    b.instrs += destroys
                elif len(self.preds[s.id]) == 1:
                    prepend.append((s, destroys))
                else:
                    mid = N.Block(len(fn.blocks) + len(new_blocks), "edge")
                    mid.instrs = destroys
                    mid.term = N.Goto(s)
                    new_blocks.append(mid)
                    _retarget(term, s, mid)
        for s, destroys in prepend:
            s.instrs[:0] = destroys
        fn.blocks.extend(new_blocks)

    def uses_plain(self, term: N.Terminator) -> set:
        """Units a return/raise still reads (a value returned by `use`): not destroyed before it."""
        out: set = set()
        for op in term.operands():
            if not isinstance(op, N.Move):
                for p in N.places_of(op):
                    out.update(self.units(p))
        return out


def _retarget(term: N.Terminator, old: N.Block, new: N.Block) -> None:
    if isinstance(term, N.Goto):
        term.target = new
    elif isinstance(term, N.Branch):
        if term.then is old:
            term.then = new
        if term.orelse is old:
            term.orelse = new
    elif isinstance(term, N.Invoke):
        if term.ok is old:
            term.ok = new
        if term.err is old:
            term.err = new
