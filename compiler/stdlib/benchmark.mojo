# std.benchmark: timing a function in growing batches, and a Report of the batches.
#
# `run(f)` calls f once to warm up, then in batches whose size grows from how long the previous
# batch took (at most tenfold, at least by one; sized to last about 1.2 * min_runtime_secs), until
# max_runtime_secs have passed, or min_runtime_secs have passed and the next batch would exceed
# max_iters. The batches in the last 10% of the run are the "significant" ones that `mean`,
# `min`, `max`, `iters` and `duration` summarize, as in Mojo 1.2. Timings differ from run to run;
# everything else (formats, units, the arithmetic of a Report) is Mojo's. Batches are timed with
# std.time's monotonic clock (`__clock_ns`, declared in time.mojo).

def __ptr_escape[T: AnyType](p: Pointer[T]): ...
def __memory_barrier(): ...


@fieldwise_init
struct Batch(ImplicitlyCopyable, Writable):
    """One timed batch: `iterations` calls that took `duration` nanoseconds. (Defaults name units by
    their text, `"s"`: a default is evaluated where the call is, which may not import Unit.)"""

    var duration: Int
    var iterations: Int
    var _is_significant: Bool

    def mean(self, unit: String = "s") -> Float64:
        return Float64(self.duration) / Float64(self.iterations) / Float64(_divisor(unit))

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Batch(duration=", self.duration, "ns, iterations=", self.iterations,
                     ", significant=", self._is_significant, ")")


struct Unit:
    """The time units a Report is shown in."""

    comptime ns = "ns"
    comptime us = "us"
    comptime ms = "ms"
    comptime s = "s"


def _divisor(unit: String) -> Int:
    if unit == "ns":
        return 1
    if unit == "us":
        return 1000
    if unit == "ms":
        return 1000000
    return 1000000000


struct Report(Copyable, Defaultable):
    """The batches of one benchmark run and what they add up to."""

    var warmup_duration: Int
    var runs: List[Batch]

    def __init__(out self):
        self.warmup_duration = 0
        self.runs = List[Batch]()

    def __init__(out self, warmup_duration: Int, var runs: List[Batch]):
        self.warmup_duration = warmup_duration
        self.runs = runs^

    def iters(self) -> Int:
        var n = 0
        for b in self.runs:
            if b._is_significant:
                n += b.iterations
        return n

    def duration(self, unit: String = "s") -> Float64:
        var total = 0
        for b in self.runs:
            if b._is_significant:
                total += b.duration
        return Float64(total) / Float64(_divisor(unit))

    def mean(self, unit: String = "s") -> Float64:
        return self.duration(unit) / Float64(self.iters())

    def min(self, unit: String = "s") -> Float64:
        if len(self.runs) == 0:
            return 0
        var best = 1.7976931348623157e308
        for b in self.runs:
            if b._is_significant and b.mean(unit) < best:
                best = b.mean(unit)
        return best

    def max(self, unit: String = "s") -> Float64:
        if len(self.runs) == 0:
            return 0
        var worst = -1.7976931348623157e308
        for b in self.runs:
            if b._is_significant and b.mean(unit) > worst:
                worst = b.mean(unit)
        return worst

    def as_string(self, unit: String = "s") -> String:
        var rule = String("-") * 80
        var out = rule + "\nBenchmark Report (" + unit + ")\n" + rule + "\n"
        out += "Mean: " + String(self.mean(unit)) + "\n"
        out += "Total: " + String(self.duration(unit)) + "\n"
        out += "Iters: " + String(self.iters()) + "\n"
        out += "Warmup Total: " + String(Float64(self.warmup_duration) / Float64(_divisor(unit))) + "\n"
        out += "Fastest Mean: " + String(self.min(unit)) + "\n"
        out += "Slowest Mean: " + String(self.max(unit)) + "\n"
        return out

    def print(self, unit: String = "s"):
        print(self.as_string(unit))

    def print_full(self, unit: String = "s"):
        self.print(unit)
        var divisor = _divisor(unit)
        for i in range(len(self.runs)):
            print("Batch:", i + 1)
            print("Iterations:", self.runs[i].iterations)
            print("Mean:", self.runs[i].mean(unit))
            print("Duration:", Float64(self.runs[i].duration) / Float64(divisor))
            print()


def _time_batch(f: def() raises -> None, n: Int) raises -> Int:
    var start = __clock_ns()
    for _ in range(n):
        f()
    return __clock_ns() - start


def _time_batch(f: def() -> None, n: Int) -> Int:
    var start = __clock_ns()
    for _ in range(n):
        f()
    return __clock_ns() - start


def _next_batch(prev_dur: Int, prev_iters: Int, total_iters: Int, max_iters: Int, min_ns: Int,
                max_batch_size: Int) -> Int:
    """How many calls the next batch makes (a fixed max_batch_size, or grown from the last batch)."""
    if max_batch_size != 0:
        return max_batch_size
    var n = 0.0
    if prev_dur > 0:
        n = Float64(max_iters)
        if min_ns > 0:
            n = 1.2 * Float64(min_ns) * Float64(prev_iters) / Float64(prev_dur)
    n = min(n, Float64(10 * prev_iters))
    n = max(n, Float64(prev_iters + 1))
    n = min(n, 1.0e9)
    if total_iters == 0:
        n = min(n, Float64(max_iters))
    return Int(n)


def _finish(mut report: Report, max_batch_size: Int):
    var count = len(report.runs)
    for i in range(count):
        var b = report.runs[i]
        var fixed = max_batch_size != 0 and b.iterations >= max_batch_size
        report.runs[i] = Batch(b.duration, b.iterations, fixed or Float64(i + 1) > 0.9 * Float64(count))


def _check_limits(min_ns: Int, max_ns: Int) raises:
    if max_ns <= min_ns:
        raise Error("max_runtime_secs should be strictly greater than min_runtime_secs")


def run(f: def() raises -> None, num_warmup_iters: Int = 1, max_iters: Int = 1000000000,
        min_runtime_secs: Float64 = 0.1, max_runtime_secs: Float64 = 60, max_batch_size: Int = 0) raises -> Report:
    """Times f (see the top of this file) and returns the Report."""
    var report = Report()
    var prev_dur = 0
    var prev_iters = 0
    if num_warmup_iters > 0:
        prev_dur = _time_batch(f, num_warmup_iters)
        prev_iters = num_warmup_iters
        report.warmup_duration = prev_dur
    var min_ns = Int(min_runtime_secs * 1e9)
    var max_ns = Int(max_runtime_secs * 1e9)
    _check_limits(min_ns, max_ns)
    var total_iters = 0
    var elapsed = 0
    while elapsed < max_ns:
        var n = _next_batch(prev_dur, prev_iters, total_iters, max_iters, min_ns, max_batch_size)
        if elapsed >= min_ns and total_iters + n > max_iters:
            break
        prev_dur = _time_batch(f, n)
        prev_iters = n
        report.runs.append(Batch(prev_dur, n, False))
        total_iters += n
        elapsed += prev_dur
    _finish(report, max_batch_size)
    return report^


def run(f: def() -> None, num_warmup_iters: Int = 1, max_iters: Int = 1000000000,
        min_runtime_secs: Float64 = 0.1, max_runtime_secs: Float64 = 60, max_batch_size: Int = 0) raises -> Report:
    var report = Report()
    var prev_dur = 0
    var prev_iters = 0
    if num_warmup_iters > 0:
        prev_dur = _time_batch(f, num_warmup_iters)
        prev_iters = num_warmup_iters
        report.warmup_duration = prev_dur
    var min_ns = Int(min_runtime_secs * 1e9)
    var max_ns = Int(max_runtime_secs * 1e9)
    _check_limits(min_ns, max_ns)
    var total_iters = 0
    var elapsed = 0
    while elapsed < max_ns:
        var n = _next_batch(prev_dur, prev_iters, total_iters, max_iters, min_ns, max_batch_size)
        if elapsed >= min_ns and total_iters + n > max_iters:
            break
        prev_dur = _time_batch(f, n)
        prev_iters = n
        report.runs.append(Batch(prev_dur, n, False))
        total_iters += n
        elapsed += prev_dur
    _finish(report, max_batch_size)
    return report^


# ---------------------------------------------------------------- keeping the optimizer honest
def keep[T: AnyType](value: T):
    """Makes value look used (and its memory read) to the optimizer, so the work computing it stays."""
    __ptr_escape(Pointer(to=value))


def black_box[T: Copyable](value: T) -> T:
    """value, through a path the optimizer cannot see through (no constant folding across it)."""
    var v = value.copy()
    __ptr_escape(Pointer(to=v))
    return v^


def clobber_memory():
    """A compiler barrier: memory written before it is written, memory read after it is read."""
    __memory_barrier()
