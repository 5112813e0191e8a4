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


def assert_true(val: Bool, msg: String = "condition was unexpectedly False", *,
                location: String = __call_location()) raises:
    if not val:
        raise _assert_error(msg, location)


def assert_false(val: Bool, msg: String = "condition was unexpectedly True", *,
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


def assert_almost_equal(lhs: Float64, rhs: Float64, msg: String = "", *, atol: Float64 = 1e-08,
                        rtol: Float64 = 1e-05, equal_nan: Bool = False,
                        location: String = __call_location()) raises:
    var ok = False
    if lhs != lhs or rhs != rhs:
        ok = equal_nan and lhs != lhs and rhs != rhs
    elif lhs == rhs:
        ok = True
    else:
        var diff = lhs - rhs
        if diff < 0.0:
            diff = -diff
        var big = lhs if lhs > rhs else rhs
        if big < 0.0:
            big = -big
        var other = rhs if lhs > rhs else lhs
        if other < 0.0:
            other = -other
        if other > big:
            big = other
        ok = diff <= atol + rtol * big
    if not ok:
        var diff = lhs - rhs
        if diff < 0.0:
            diff = -diff
        var text = String(lhs) + " is not close to " + String(rhs) + " with a diff of " + String(diff)
        if msg.byte_length() > 0:
            text += " (" + msg + ")"
        raise _assert_error(text, location)


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

    def __exit__(self, error: Error) raises -> Bool:
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

    def __init__(out self, *, location: String = __call_location()):
        self._file = _str_slice(location, 0, _str_rfind(_str_slice(location, 0, _str_rfind(location, ":")), ":"))
        self._names = List[String]()
        self._fns = List[def() raises -> None]()

    def _add(var self, name: String, f: def() raises -> None) -> Self:
        self._names.append(name)
        self._fns.append(f)
        return self^

    def _add_mut(mut self, name: String, f: def() raises -> None):
        self._names.append(name)
        self._fns.append(f)

    def run(self) raises:
        var n = len(self._names)
        var report = "\nRunning " + String(n) + " tests for " + self._file + " \n"
        var passed = 0
        var failed = 0
        var total = 0
        for i in range(n):
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
        report += " passed , " + String(failed) + " failed , 0 skipped \n"
        if failed > 0:
            raise Error(report + "Test suite' " + self._file + " 'failed! \n")
        print(report)
