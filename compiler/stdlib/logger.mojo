# std.logger: Logger[level] writes "LEVEL::: message" lines to stdout for messages at or above its
# level (Mojo 1.2's format, measured); a NOTSET logger (the default) writes nothing; `prefix=`
# replaces "LEVEL::: "; `source_location=True` adds "[FILE:LINE:COL] "; critical() aborts after
# writing, as in Mojo.
#
# Difference: Mojito has no struct-valued compile-time parameters yet, so `Level.INFO` and friends
# are the Int levels (30, ...) here: `Logger[Level.INFO]` and comparisons work as in Mojo, but
# `print(Level.INFO)` prints 30 (Mojo prints INFO; `Level(Level.INFO)` prints the name here).


@fieldwise_init
struct Level(Copyable, Writable, Equatable):
    var _value: Int

    comptime NOTSET = 0
    comptime TRACE = 10
    comptime DEBUG = 20
    comptime INFO = 30
    comptime WARNING = 40
    comptime ERROR = 50
    comptime CRITICAL = 60

    def __eq__(self, other: Self) -> Bool:
        return self._value == other._value

    def __ne__(self, other: Self) -> Bool:
        return self._value != other._value

    def __lt__(self, other: Self) -> Bool:
        return self._value < other._value

    def __le__(self, other: Self) -> Bool:
        return self._value <= other._value

    def __gt__(self, other: Self) -> Bool:
        return self._value > other._value

    def __ge__(self, other: Self) -> Bool:
        return self._value >= other._value

    def copy(self) -> Self:
        return Level(self._value)

    def write_to(self, mut writer: Some[Writer]):
        writer.write(_level_name(self._value))


def _level_name(v: Int) -> String:
    if v == 10:
        return "TRACE"
    if v == 20:
        return "DEBUG"
    if v == 30:
        return "INFO"
    if v == 40:
        return "WARNING"
    if v == 50:
        return "ERROR"
    if v == 60:
        return "CRITICAL"
    return "NOTSET"


struct Logger[level: Int = 0](Copyable):
    var prefix: String
    var source_location: Bool

    def __init__(out self, *, prefix: String = "", source_location: Bool = False):
        self.prefix = prefix
        self.source_location = source_location

    def copy(self) -> Self:
        return Self(prefix=self.prefix, source_location=self.source_location)

    def _emit(self, at: Int, msg: String, end: String, location: String):
        var line = String()
        if self.prefix.byte_length() > 0:
            line += self.prefix
        else:
            line += _level_name(at) + "::: "
        if self.source_location:
            line += "[" + location + "] "
        print(line + msg, end=end)

    def trace[*Ts: Writable](self, *values: *Ts, sep: String = " ", end: String = "\n",
                             location: String = __call_location()):
        if Self.level == 0 or 10 < Self.level:
            return
        var msg = String()
        comptime for i in range(values.__len__()):
            if i > 0:
                msg += sep
            msg += String(values[i])
        self._emit(10, msg, end, location)

    def debug[*Ts: Writable](self, *values: *Ts, sep: String = " ", end: String = "\n",
                             location: String = __call_location()):
        if Self.level == 0 or 20 < Self.level:
            return
        var msg = String()
        comptime for i in range(values.__len__()):
            if i > 0:
                msg += sep
            msg += String(values[i])
        self._emit(20, msg, end, location)

    def info[*Ts: Writable](self, *values: *Ts, sep: String = " ", end: String = "\n",
                            location: String = __call_location()):
        if Self.level == 0 or 30 < Self.level:
            return
        var msg = String()
        comptime for i in range(values.__len__()):
            if i > 0:
                msg += sep
            msg += String(values[i])
        self._emit(30, msg, end, location)

    def warning[*Ts: Writable](self, *values: *Ts, sep: String = " ", end: String = "\n",
                               location: String = __call_location()):
        if Self.level == 0 or 40 < Self.level:
            return
        var msg = String()
        comptime for i in range(values.__len__()):
            if i > 0:
                msg += sep
            msg += String(values[i])
        self._emit(40, msg, end, location)

    def error[*Ts: Writable](self, *values: *Ts, sep: String = " ", end: String = "\n",
                             location: String = __call_location()):
        if Self.level == 0 or 50 < Self.level:
            return
        var msg = String()
        comptime for i in range(values.__len__()):
            if i > 0:
                msg += sep
            msg += String(values[i])
        self._emit(50, msg, end, location)

    def critical[*Ts: Writable](self, *values: *Ts, sep: String = " ", end: String = "\n",
                                location: String = __call_location()):
        if Self.level == 0 or 60 < Self.level:
            return
        var msg = String()
        comptime for i in range(values.__len__()):
            if i > 0:
                msg += sep
            msg += String(values[i])
        self._emit(60, msg, end, location)
        if Self.level != 0:
            __exit(1)
