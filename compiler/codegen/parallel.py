"""`parallelize[work](n)` (check/algorithm.py): work(i) for i in 0..n-1 on POSIX threads.

Not in Mojo 1.2's standard library (the 2023 Playground had it): Mojito runs the calls on as many
threads as the CPUs this process may use (sched_getaffinity, so a container's CPU limit counts),
or `num_workers`, never more than n. The calling thread works too; every worker takes the next
index from one atomic counter, so uneven work balances itself; the call returns when all are done.

In a notebook session the calls run on the cell's own thread, in order (the cell's interrupt,
stack and error guards are per thread).

The closure's captured variables reach the threads through a context block: `work` is called
through a thunk `void thunk(ptr ctx, i64 i)` made once per closure, which loads the captures
(addresses for `imm`/`mut` captures, values for trivial `var` captures) from ctx.
"""

from __future__ import annotations

from typing import Any

from llvmlite import ir

from ..ir import nodes as N
from .runtime import I32, I64, PTR, VOID, Emitter, FnPointer, unit

JOB = ir.LiteralStructType([PTR, PTR, I64, I64])  # thunk, ctx, n, next index


def _thunk(m: Any, func: Any, ctx_ty: ir.LiteralStructType) -> ir.Function:
    key = ("par.thunk", func)
    fn = m.helpers.get(key)
    if fn is not None:
        return fn
    fn = ir.Function(m.mod, ir.FunctionType(VOID, [PTR, I64]), name=f"mojito.par.thunk.{len(m.helpers)}")
    fn.linkage = "internal"
    m.helpers[key] = fn
    e = Emitter(m, fn)
    ctx, i = fn.args
    caps = [e.b.load(e.b.gep(ctx, [ir.Constant(I32, 0), ir.Constant(I32, k)], source_etype=ctx_ty), typ=t)
            for k, t in enumerate(ctx_ty.elements)]
    e.call_direct(func, [i] + caps)
    e.b.ret_void()
    return fn


def _worker(m: Any) -> ir.Function:
    """`ptr worker(ptr job)`: run thunk(ctx, i) for each index it takes, until none is left."""
    key = ("par.worker",)
    fn = m.helpers.get(key)
    if fn is not None:
        return fn
    fn = ir.Function(m.mod, ir.FunctionType(PTR, [PTR]), name=f"mojito.par.worker.{len(m.helpers)}")
    fn.linkage = "internal"
    m.helpers[key] = fn
    e = Emitter(m, fn)
    b = e.b
    job = fn.args[0]

    def field(k: int) -> ir.Value:
        return b.gep(job, [ir.Constant(I32, 0), ir.Constant(I32, k)], source_etype=JOB)

    loop, body, done = e.new_block("take"), e.new_block("run"), e.new_block("done")
    b.branch(loop)
    b.position_at_end(loop)
    idx = b.atomic_rmw("add", field(3), ir.Constant(I64, 1), "seq_cst")
    n = b.load(field(2), typ=I64)
    b.cbranch(b.icmp_signed("<", idx, n), body, done)
    b.position_at_end(body)
    thunk = b.load(field(0), typ=PTR)
    b.call(FnPointer(thunk, ir.FunctionType(VOID, [PTR, I64])), [b.load(field(1), typ=PTR), idx])
    b.branch(loop)
    b.position_at_end(done)
    b.ret(ir.Constant(PTR, None))
    return fn


def cpu_count(f: Any) -> ir.Value:
    """The CPUs this process may run on (its affinity mask), at least 1."""
    b, m = f.b, f.m
    words = 16  # 1024 CPUs
    mask = f.alloca(ir.ArrayType(I64, words))
    b.call(m.libc("memset", PTR, [PTR, I32, I64]), [mask, ir.Constant(I32, 0), ir.Constant(I64, 8 * words)])
    b.call(m.libc("sched_getaffinity", I32, [I32, I64, PTR]), [ir.Constant(I32, 0), ir.Constant(I64, 8 * words), mask])
    popcount = m.intrinsic("llvm.ctpop", I64)
    total: ir.Value = ir.Constant(I64, 0)
    for k in range(words):
        w = b.load(b.gep(mask, [ir.Constant(I64, k)], source_etype=I64), typ=I64)
        total = b.add(total, b.call(popcount, [w]))
    return b.select(b.icmp_signed("<", total, ir.Constant(I64, 1)), ir.Constant(I64, 1), total)


def parallel_for(f: Any, i: N.Assign) -> ir.Value:
    """args: n, num_workers (0: one per CPU), then the closure's captured values."""
    b, m = f.b, f.m
    func = i.attrs["func"]
    vals = [f.val(a) for a in i.args]
    n, requested, caps = vals[0], vals[1], vals[2:]
    ctx_ty = ir.LiteralStructType([c.type for c in caps])
    ctx = f.alloca(ctx_ty)
    for k, c in enumerate(caps):
        b.store(c, b.gep(ctx, [ir.Constant(I32, 0), ir.Constant(I32, k)], source_etype=ctx_ty))
    job = f.alloca(JOB)
    for k, v in enumerate((_thunk(m, func, ctx_ty), ctx, n, ir.Constant(I64, 0))):
        b.store(v, b.gep(job, [ir.Constant(I32, 0), ir.Constant(I32, k)], source_etype=JOB))
    if m.session:
        # A notebook cell's guards (interrupt, stack depth, the setjmp that catches errors, the
        # output hook) belong to the cell's thread: there the work runs on that thread alone.
        b.call(_worker(m), [job])
        return unit()
    workers = b.select(b.icmp_signed(">", requested, ir.Constant(I64, 0)), requested, cpu_count(f))
    workers = b.select(b.icmp_signed("<", n, workers), n, workers)
    extra = b.sub(workers, ir.Constant(I64, 1))  # the calling thread is a worker too
    extra = b.select(b.icmp_signed("<", extra, ir.Constant(I64, 0)), ir.Constant(I64, 0), extra)
    tids = b.call(m.libc("malloc", PTR, [I64]), [b.add(b.mul(extra, ir.Constant(I64, 8)), ir.Constant(I64, 8))])
    worker = _worker(m)
    create = m.libc("pthread_create", I32, [PTR, PTR, PTR, PTR])
    join = m.libc("pthread_join", I32, [I64, PTR])
    with _counted(f, extra) as t:
        b.call(create, [b.gep(tids, [t], source_etype=I64), ir.Constant(PTR, None), worker, job])
    b.call(worker, [job])
    with _counted(f, extra) as t:
        b.call(join, [b.load(b.gep(tids, [t], source_etype=I64), typ=I64), ir.Constant(PTR, None)])
    b.call(m.libc("free", VOID, [PTR]), [tids])
    return unit()


class _counted:
    """`for t in range(count)` in the function being emitted."""

    def __init__(self, f: Any, count: ir.Value):
        self.f, self.count = f, count

    def __enter__(self) -> ir.Value:
        f = self.f
        self.slot = f.alloca(I64)
        f.b.store(ir.Constant(I64, 0), self.slot)
        self.head, self.body, self.done = f.new_block("par.head"), f.new_block("par.body"), f.new_block("par.done")
        f.b.branch(self.head)
        f.b.position_at_end(self.head)
        t = f.b.load(self.slot, typ=I64)
        f.b.cbranch(f.b.icmp_signed("<", t, self.count), self.body, self.done)
        f.b.position_at_end(self.body)
        return t

    def __exit__(self, *exc: Any) -> None:
        f = self.f
        t = f.b.load(self.slot, typ=I64)
        f.b.store(f.b.add(t, ir.Constant(I64, 1)), self.slot)
        f.b.branch(self.head)
        f.b.position_at_end(self.done)

