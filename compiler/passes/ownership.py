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
"""

from __future__ import annotations

from ..ir import nodes as N


def run(fn: N.Function) -> None:
    tracked = [loc for loc in fn.locals if loc.owned and loc.kind in ("var", "tmp", "param")
               and not N.trivial(loc.ty)]
    if not tracked:
        return
    _Pass(fn, set(tracked)).run()


def _base_locals(op: N.Operand) -> list[N.Local]:
    return [p.base for p in N.places_of(op) if isinstance(p.base, N.Local)]


class _Pass:
    def __init__(self, fn: N.Function, tracked: set[N.Local]) -> None:
        self.fn = fn
        self.tracked = tracked
        self.escaping = {x for x in tracked if x.escapes}
        self.moved_fields: dict[N.Local, set[int]] = {}
        self.preds: dict[int, list[N.Block]] = {b.id: [] for b in fn.blocks}
        for b in fn.blocks:
            for s in b.term.successors():  # type: ignore[union-attr]
                self.preds[s.id].append(b)

    # ------------------------------------------------------------ per instruction
    def uses(self, i: N.Instr) -> set[N.Local]:
        out: set[N.Local] = set()
        for op in i.operands():
            out.update(x for x in _base_locals(op) if x in self.tracked)
        if isinstance(i, (N.Store, N.Destroy)) and isinstance(i.place.base, N.Local) and i.place.base in self.tracked:
            out.add(i.place.base)
        if isinstance(i, (N.Return, N.Raise)):
            out |= self.escaping
        return out

    def defs(self, i: N.Instr) -> set[N.Local]:
        d = i.dest_local() if not isinstance(i, N.Invoke) else None
        return {d} if d is not None and d in self.tracked else set()

    def moves(self, i: N.Instr) -> set[N.Local]:
        out: set[N.Local] = set()
        for op in i.operands():
            if isinstance(op, N.Move) and isinstance(op.place.base, N.Local) and op.place.base in self.tracked:
                if not op.place.projs:
                    out.add(op.place.base)
                elif op.place.projs[0].kind == "field":
                    self.moved_fields.setdefault(op.place.base, set()).add(op.place.projs[0].index)
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
        params = {p for p in fn.params if p in self.tracked}
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

    def destroy(self, loc: N.Local) -> N.Destroy:
        return N.Destroy(N.Place(loc), frozenset(self.moved_fields.get(loc, ())))

    def ordered(self, locs: set[N.Local]) -> list[N.Local]:
        """Values dying at the same point go in reverse order of creation, as in Mojo."""
        return sorted(locs, key=lambda x: -x.id)

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

    def uses_plain(self, term: N.Terminator) -> set[N.Local]:
        """Locals a return/raise still reads (a value returned by `use`): not destroyed before it."""
        out: set[N.Local] = set()
        for op in term.operands():
            if not isinstance(op, N.Move):
                out.update(x for x in _base_locals(op) if x in self.tracked)
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
