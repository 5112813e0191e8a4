# A benchmark Report built from known batches: what mean, min, max, iters and duration add up to
# (only the significant batches count), in every unit, and how a Report and a Batch print.
from std.benchmark import Report, Batch, Unit


def main():
    print("units:", Unit.ns, Unit.us, Unit.ms, Unit.s)
    var runs = List[Batch]()
    runs.append(Batch(1000, 10, False))
    runs.append(Batch(9000, 100, True))
    runs.append(Batch(50000, 1000, True))
    runs.append(Batch(30000, 200, False))
    var r = Report(1234, runs^)
    print("iters:", r.iters(), "batches:", len(r.runs), "warmup:", r.warmup_duration)
    print("duration:", r.duration(), r.duration(Unit.ms), r.duration(Unit.us), r.duration(Unit.ns))
    print("mean:", r.mean(), r.mean(Unit.ns))
    print("min/max (ns):", r.min(Unit.ns), r.max(Unit.ns))
    print("batch means (us):", r.runs[0].mean(Unit.us), r.runs[3].mean(Unit.us))
    print(r.runs[2])
    print(r.runs[0])
    print(r.as_string(Unit.us))
    r.print()
    r.print_full(Unit.ms)

    var empty = Report()
    print("empty:", empty.iters(), len(empty.runs), empty.duration(), empty.min(), empty.max())
