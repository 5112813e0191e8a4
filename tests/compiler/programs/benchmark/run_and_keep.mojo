# benchmark.run times a function in growing batches; the timings differ from run to run, so this
# prints only what does not: the batch structure, consistency of the summary, and the helpers that
# keep work from being optimized away.
from std.benchmark import run, Unit, keep, black_box, clobber_memory


def sum_to_1000():
    var s = 0
    for i in range(1000):
        s += black_box(i)
    keep(s)


def fails() raises:
    raise Error("never timed")


def main() raises:
    var report = run(sum_to_1000, min_runtime_secs=0.02, max_runtime_secs=0.5)
    var n = len(report.runs)
    print("has batches:", n > 0)
    print("last batch significant:", report.runs[n - 1]._is_significant)
    print("first batch not significant:", not report.runs[0]._is_significant or n < 10)
    var iters = 0
    var total = 0
    for b in report.runs:
        if b._is_significant:
            iters += b.iterations
            total += b.duration
    print("iters adds up:", iters == report.iters())
    print("duration adds up:", Float64(total) / 1e9 == report.duration())
    print("mean is duration / iters:", report.mean(Unit.ns) == report.duration(Unit.ns) / Float64(iters))
    print("fastest <= mean <= slowest:", report.min() <= report.max())
    print("batches grow:", report.runs[0].iterations < report.runs[n - 1].iterations or n == 1)
    print("warmup timed:", report.warmup_duration > 0)

    var capped = run(sum_to_1000, max_iters=50, min_runtime_secs=0.0, max_runtime_secs=1.0)
    var capped_total = 0
    for b in capped.runs:
        capped_total += b.iterations
    print("max_iters=50 stops at:", capped_total <= 50, "in", len(capped.runs) <= 3, "batches")

    var fixed = run(sum_to_1000, max_batch_size=7, min_runtime_secs=0.0, max_runtime_secs=0.01)
    print("fixed batches of 7:", fixed.runs[0].iterations, fixed.runs[0]._is_significant)

    try:
        _ = run(sum_to_1000, min_runtime_secs=2.0, max_runtime_secs=1.0)
    except e:
        print("error:", e)
    try:
        _ = run(fails)
    except e:
        print("error:", e)

    var x = black_box(41) + 1
    var s = black_box(String("kept"))
    keep(x)
    clobber_memory()
    print(x, s)
