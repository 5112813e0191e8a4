# std.testing: assertions that raise an Error describing the failure (with the caller's location,
# filled in by the compiler for a `location: String = __call_location()` parameter), assert_raises,
# and TestSuite.


def _assert_error(msg: String, location: String) -> Error:
    return Error("At " + location + ": AssertionError: " + msg)


def _comparison_failed(op: String, lhs: String, rhs: String, msg: String) -> String:
    var text = "`left " + op + " right` comparison failed:\n   left: " + lhs + "\n  right: " + rhs
    if msg.byte_length() > 0:
        text += "\n  reason: " + msg
    return text


def assert_true[T: Boolable](val: T, msg: String = "condition was unexpectedly False", *,
                             location: String = __call_location()) raises:
    if not val:
        raise _assert_error(msg, location)


def assert_false[T: Boolable](val: T, msg: String = "condition was unexpectedly True", *,
                              location: String = __call_location()) raises:
    if val:
        raise _assert_error(msg, location)


def assert_equal[T: Equatable & Writable](lhs: T, rhs: T, msg: String = "", *,
                                           location: String = __call_location()) raises:
    if not (lhs == rhs):
        raise _assert_error(_comparison_failed("==", String(lhs), String(rhs), msg), location)


def assert_not_equal[T: Equatable & Writable](lhs: T, rhs: T, msg: String = "", *,
                                               location: String = __call_location()) raises:
    if lhs == rhs:
        raise _assert_error(_comparison_failed("!=", String(lhs), String(rhs), msg), location)


def assert_almost_equal[dtype: DType, size: Int](lhs: SIMD[dtype, size], rhs: SIMD[dtype, size],
                                                 msg: String = "", *, atol: Float64 = 1e-08,
                                                 rtol: Float64 = 1e-05, equal_nan: Bool = False,
                                                 location: String = __call_location()) raises:
    # Mojo's math.isclose, lane by lane, computed in `dtype`: equal, or both finite and
    # |a - b| <= max(atol, rtol * max(|a|, |b|)); NaNs match only with equal_nan.
    comptime assert dtype.is_floating_point(), "isclose only supports floating-point types"
    var diff = abs(lhs - rhs)
    var ok = True
    for i in range(size):
        var a = lhs[i]
        var b = rhs[i]
        var close = a == b
        if not close and _lane_finite(a) and _lane_finite(b):
            var tol = max(Scalar[dtype](atol), Scalar[dtype](rtol) * max(abs(a), abs(b)))
            close = diff[i] <= tol
        if not close and equal_nan and a != a and b != b:
            close = True
        if not close:
            ok = False
    if not ok:
        var text = String(lhs) + " is not close to " + String(rhs) + " with a diff of " + String(diff)
        if msg.byte_length() > 0:
            text += " (" + msg + ")"
        raise _assert_error(text, location)


def _lane_finite[dtype: DType](x: Scalar[dtype]) -> Bool:
    return x == x and x - x == x - x


def assert_is_none[T: Copyable](value: Optional[T], msg: String = "", *,
                                location: String = __call_location()) raises:
    if value:
        raise _assert_error(msg if msg.byte_length() > 0 else "value is not None", location)


struct assert_raises:
    """`with assert_raises():` fails unless the body raises (an error containing `contains`)."""

    var contains: String
    var location: String

    def __init__(out self, *, contains: String = "", location: String = __call_location()):
        self.contains = contains
        self.location = location

    def __enter__(self):
        pass

    def __exit__(self) raises:
        raise Error("AssertionError: Didn't raise at " + self.location)

    def __exit__[E: Writable](self, error: E) raises -> Bool:
        # E is Error, or the typed error of a body that raises one (Mojo: any type; one that is
        # not Writable reaches a `raises` function only as an Error, so Writable covers it).
        if self.contains.byte_length() == 0:
            return True
        return _str_contains(String(error), self.contains)


def _fmt_ms(ns: Int) -> String:
    # Milliseconds with three decimals, as TestSuite prints them.
    var us = (ns + 500) // 1000
    var frac = String(us % 1000)
    while frac.byte_length() < 3:
        frac = "0" + frac
    return String(us // 1000) + "." + frac


def _indent(text: String, pad: String) -> String:
    return pad + _str_replace(text, "\n", "\n" + pad)


struct TestSuite(Movable):
    """Runs test functions and reports like Mojo's: `TestSuite.discover_tests[__functions_in_module()]().run()`
    (every `test_*` function of the file, in order), or `suite.test[f]()` then `suite^.run()`."""

    var _file: String
    var _names: List[String]
    var _fns: List[def() raises -> None]
    var _skipped: List[String]

    def __init__(out self, *, location: String = __call_location()):
        self._file = _str_slice(location, 0, _str_rfind(_str_slice(location, 0, _str_rfind(location, ":")), ":"))
        self._names = List[String]()
        self._fns = List[def() raises -> None]()
        self._skipped = List[String]()

    def _add(var self, name: String, f: def() raises -> None) -> Self:
        self._names.append(name)
        self._fns.append(f)
        return self^

    def _add_mut(mut self, name: String, f: def() raises -> None):
        self._names.append(name)
        self._fns.append(f)

    def _skip_mut(mut self, name: String):
        # `suite.skip[f]()`: Mojo checks that f is registered when the suite runs.
        self._skipped.append(name)

    def _is_skipped(self, name: String) -> Bool:
        for s in self._skipped:
            if s == name:
                return True
        return False

    def run(self, *, quiet: Bool = False, skip_all: Bool = False) raises:
        for s in self._skipped:
            var found = False
            for name in self._names:
                if name == s:
                    found = True
            if not found:
                raise Error("trying to skip a test that is not registered in the suite: " + s)
        var n = len(self._names)
        var report = "\nRunning " + String(n) + " tests for " + self._file + " \n"
        var passed = 0
        var failed = 0
        var total = 0
        var skipped = 0
        for i in range(n):
            if skip_all or self._is_skipped(self._names[i]):
                # Mojo reports a skipped test as taking 0.001 ms.
                skipped += 1
                report += "    SKIP [ 0.001 ] " + self._names[i] + "\n"
                continue
            var f = self._fns[i]
            var t0 = __clock_ns()
            var err = String("")
            var ok = True
            try:
                f()
            except e:
                ok = False
                err = String(e)
            var dt = __clock_ns() - t0
            total += dt
            if ok:
                passed += 1
                report += "    PASS [ " + _fmt_ms(dt) + " ] " + self._names[i] + "\n"
            else:
                failed += 1
                report += "    FAIL [ " + _fmt_ms(dt) + " ] " + self._names[i] + "\n" + _indent(err, "      ") + "\n"
        report += "--------\nSummary [ " + _fmt_ms(total) + " ] " + String(n) + " tests run: " + String(passed)
        report += " passed , " + String(failed) + " failed , " + String(skipped) + " skipped \n"
        if failed > 0:
            raise Error(report + "Test suite' " + self._file + " 'failed! \n")
        if not quiet:
            print(report)
