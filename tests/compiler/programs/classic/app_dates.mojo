# Date arithmetic: a Date struct with validation, day-of-year, weekday,
# adding days across months and years, differences, and a month calendar.


def month_name(m: Int) -> String:
    var names: List[String] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    return names[m - 1]


def day_names() -> List[String]:
    return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def is_leap(y: Int) -> Bool:
    return (y % 4 == 0 and y % 100 != 0) or y % 400 == 0


def days_in_month(y: Int, m: Int) -> Int:
    if m == 2:
        return 29 if is_leap(y) else 28
    if m in [4, 6, 9, 11]:
        return 30
    return 31


@fieldwise_init
struct Date(Comparable, Copyable, ImplicitlyCopyable, Writable):
    var year: Int
    var month: Int
    var day: Int

    @staticmethod
    def parse(s: String) raises -> Date:
        var parts = s.split("-")
        if len(parts) != 3:
            raise Error("bad date '" + s + "': expected YYYY-MM-DD")
        var d = Date(Int(parts[0]), Int(parts[1]), Int(parts[2]))
        if d.month < 1 or d.month > 12:
            raise Error("bad month in '" + s + "'")
        if d.day < 1 or d.day > days_in_month(d.year, d.month):
            raise Error("bad day in '" + s + "'")
        return d

    def ordinal(self) -> Int:
        # days since 0001-01-01 (day 1)
        var y = self.year - 1
        var n = y * 365 + y // 4 - y // 100 + y // 400
        for m in range(1, self.month):
            n += days_in_month(self.year, m)
        return n + self.day

    @staticmethod
    def from_ordinal(n: Int) -> Date:
        var y = 1
        var left = n
        while True:
            var len_y = 366 if is_leap(y) else 365
            if left <= len_y:
                break
            left -= len_y
            y += 1
        var m = 1
        while left > days_in_month(y, m):
            left -= days_in_month(y, m)
            m += 1
        return Date(y, m, left)

    def weekday(self) -> Int:
        return (self.ordinal() - 1) % 7  # 0001-01-01 was a Monday

    def add_days(self, n: Int) -> Date:
        return Date.from_ordinal(self.ordinal() + n)

    def __sub__(self, other: Date) -> Int:
        return self.ordinal() - other.ordinal()

    def __lt__(self, other: Self) -> Bool:
        return self.ordinal() < other.ordinal()

    def __eq__(self, other: Self) -> Bool:
        return self.year == other.year and self.month == other.month and self.day == other.day

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.year, "-", "0" if self.month < 10 else "", self.month, "-", "0" if self.day < 10 else "", self.day)


def calendar(y: Int, m: Int):
    print(month_name(m), y)
    print(" ".join(day_names()))
    var first = Date(y, m, 1).weekday()
    var line = String("    ") * first
    var col = first
    for d in range(1, days_in_month(y, m) + 1):
        line += String(d).ascii_rjust(3) + " "
        col += 1
        if col == 7:
            print(line.rstrip())
            line = String()
            col = 0
    if col != 0:
        print(line.rstrip())


def main() raises:
    var d = Date.parse("2024-02-28")
    print(d, day_names()[d.weekday()], "day", d.ordinal() - Date(2024, 1, 1).ordinal() + 1, "of the year")
    for n in [1, 2, 366, -60, 10000]:
        var e = d.add_days(n)
        print(d, "+", n, "=", e, day_names()[e.weekday()])
    var a = Date.parse("1969-07-20")
    var b = Date.parse("2000-01-01")
    print("days between", a, "and", b, ":", b - a)
    print("ordering:", a < b, b < a, a == Date(1969, 7, 20))
    for s in ["2023-02-29", "2024-13-01", "2024-1", "2000-02-29", "1900-02-29"]:
        try:
            print("parsed", Date.parse(s))
        except err:
            print("error:", err)
    var dates = [Date(2030, 1, 1), Date(1999, 12, 31), Date(2024, 2, 29), Date(1999, 1, 1)]
    sort(dates)
    var out = String()
    for x in dates:
        out += String(x) + " "
    print("sorted:", out)
    var count = 0
    for y in range(2000, 2031):
        for m in range(1, 13):
            if Date(y, m, 13).weekday() == 4:
                count += 1
    print("Friday the 13ths 2000-2030:", count)
    calendar(2024, 2)
    calendar(2026, 12)
