# Date arithmetic: leap years, day of year, weekday (Zeller), days between
# dates, adding days, and a month calendar printout.


@fieldwise_init
struct Date(ImplicitlyCopyable, Comparable, Writable):
    var y: Int
    var m: Int
    var d: Int

    @staticmethod
    def parse(s: String) raises -> Date:
        var parts = s.split("-")
        if len(parts) != 3:
            raise Error("bad date '" + s + "': expected YYYY-MM-DD")
        var dt = Date(Int(parts[0]), Int(parts[1]), Int(parts[2]))
        if dt.m < 1 or dt.m > 12:
            raise Error("bad month " + String(dt.m))
        if dt.d < 1 or dt.d > days_in_month(dt.y, dt.m):
            raise Error("bad day " + String(dt.d) + " for " + month_name(dt.m))
        return dt

    def ordinal(self) -> Int:
        # days since 0001-01-01 (day 1)
        var y = self.y - 1
        var n = y * 365 + y // 4 - y // 100 + y // 400
        for mm in range(1, self.m):
            n += days_in_month(self.y, mm)
        return n + self.d

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
        # 0 = Monday
        return (self.ordinal() + 6) % 7

    def __add__(self, days: Int) -> Date:
        return Date.from_ordinal(self.ordinal() + days)

    def __sub__(self, o: Date) -> Int:
        return self.ordinal() - o.ordinal()

    def __lt__(self, o: Date) -> Bool:
        return self.ordinal() < o.ordinal()

    def __eq__(self, o: Date) -> Bool:
        return self.y == o.y and self.m == o.m and self.d == o.d

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.y, "-", "0" if self.m < 10 else "", self.m, "-", "0" if self.d < 10 else "", self.d)


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


def calendar(y: Int, m: Int):
    print("   ", month_name(m), y)
    var line = String()
    for d in day_names():
        line += d[byte=0:2] + " "
    print(line)
    var first = Date(y, m, 1).weekday()
    line = String(" ") * (3 * first)
    for d in range(1, days_in_month(y, m) + 1):
        if d < 10:
            line += " "
        line += String(d) + " "
        if (first + d) % 7 == 0:
            print(line.rstrip())
            line = ""
    if line:
        print(line.rstrip())


def main():
    for y in [1900, 2000, 2023, 2024, 2100]:
        print(y, "leap" if is_leap(y) else "common")
    var inputs: List[String] = ["2024-02-29", "1969-07-20", "2000-01-01", "2023-02-29", "2024-13-01", "2024/01/01", "1999-12-31"]
    var good = List[Date]()
    for s in inputs:
        try:
            var d = Date.parse(s)
            print(d, day_names()[d.weekday()], "ordinal", d.ordinal())
            good.append(d)
        except e:
            print("error:", e)
    var a = good[0]
    var b = good[1]
    print("days between", b, "and", a, "=", a - b)
    print(a, "+ 365 =", a + 365)
    print(a, "+ 1 =", a + 1, "; 1999-12-31 + 1 =", good[3] + 1)
    print("sorted:", end=" ")
    sort(good)
    for d in good:
        print(d, end=" ")
    print()
    print("min", min(good[0], good[1]), "a > b", a > b, "a == a", a == Date(2024, 2, 29))
    calendar(2024, 2)
    calendar(2026, 12)
